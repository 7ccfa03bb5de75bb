import { notFound, redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { genericMessage, runAction } from "@/lib/action-result";
import { ConflictError, ForbiddenError } from "@/lib/errors";

afterEach(() => vi.restoreAllMocks());

describe("runAction", () => {
  it("answers a typed error with its message and field errors, keeping the typed values", async () => {
    const refused = await runAction("t", async () => {
      throw new ConflictError("That slug is taken", { slug: ["Taken"] });
    }, { slug: "acme" });
    expect(refused).toEqual({ message: "That slug is taken", fieldErrors: { slug: ["Taken"] }, values: { slug: "acme" } });
  });

  it("answers a forbidden action with the reason instead of throwing", async () => {
    const refused = await runAction("togglePauseAction", async () => {
      throw new ForbiddenError("This needs the editor role or higher");
    });
    expect(refused.message).toBe("This needs the editor role or higher");
  });

  it("answers an unknown error with a generic message and logs it with the action's name", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const secret = new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2");
    const refused = await runAction("deleteCheckAction", async () => {
      throw secret;
    });
    expect(refused.message).toBe(genericMessage);
    expect(JSON.stringify(refused)).not.toContain("hunter2");
    expect(log).toHaveBeenCalledWith("[deleteCheckAction] unexpected error", secret);
  });

  it("lets redirect() and notFound() through to Next", async () => {
    await expect(runAction("t", async () => redirect("/checks"))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    await expect(runAction("t", async () => notFound())).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/) });
  });

  it("returns the work's own state, or an empty one when it returns nothing", async () => {
    expect(await runAction("t", async () => ({ message: null, values: { saved: "yes" } }))).toEqual({ message: null, values: { saved: "yes" } });
    expect(await runAction("t", async () => undefined)).toEqual({});
  });
});
