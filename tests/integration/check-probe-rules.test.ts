import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checks } from "@/db/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ValidationError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { createCheck } from "@/lib/services/checks/create";
import { getCheck } from "@/lib/services/checks/read";
import { updateCheck } from "@/lib/services/checks/update";
import { assertProbePolicy } from "@/lib/services/checks/probe-policy";
import { createOwnerCtx } from "../support/factories";

const tcp = (config: Record<string, unknown>) => checkInput.parse({ name: "Mail", config: { type: "tcp", host: "mail.example.com", ...config } });

async function checkCount(workspaceId: string) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(checks).where(eq(checks.workspaceId, workspaceId));
  return row?.n ?? 0;
}

describe("TCP send on abuse-prone ports (hosted mode)", () => {
  it("runs with private targets refused, as a hosted install does", () => {
    expect(env.ALLOW_PRIVATE_TARGETS).not.toBe(true);
  });

  it("refuses to save a payload for port 25, naming the port and the reason on the Send field", async () => {
    const ctx = await createOwnerCtx();
    const refusal = createCheck(ctx, tcp({ port: 25, send: "EHLO pingpage\r\n", expect: "250" }));
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    const error = (await refusal.catch((e: unknown) => e)) as ValidationError;
    expect(error.fieldErrors["config.send"]?.[0]).toMatch(/^Pingpage does not send data to port 25 \(SMTP\): it is open to abuse \(mail relay and spam\)\./);
    expect(await checkCount(ctx.workspaceId)).toBe(0);
  });

  it("saves a connect-only or banner check on the same port", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, tcp({ port: 25, expect: "220" }));
    expect(await getCheck(ctx, id)).toMatchObject({ config: { port: 25, expect: "220" } });
  });

  it("refuses an edit that adds a payload for an abuse-prone port and keeps the saved check", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, tcp({ port: 6380, send: "PING\r\n", expect: "PONG" }));
    await expect(updateCheck(ctx, id, tcp({ port: 6379, send: "PING\r\n", expect: "PONG" }))).rejects.toMatchObject({
      fieldErrors: { "config.send": [expect.stringContaining("port 6379 (Redis)")] },
    });
    expect(await getCheck(ctx, id)).toMatchObject({ config: { port: 6380 } });
  });

  it("lets a self-hosted install send anywhere", async () => {
    await expect(assertProbePolicy(tcp({ port: 25, send: "EHLO x\r\n" }).config, true)).resolves.toBeUndefined();
  });
});

describe("a check saved when patterns ran on JavaScript's RegExp", () => {
  const http = (value: string) =>
    checkInput.parse({ name: "Home", config: { type: "http", url: "https://example.com", assertions: [{ type: "body", op: "matches", value }] } });

  it("still opens, and saving it asks for a linear-time pattern", async () => {
    const ctx = await createOwnerCtx();
    const id = await createCheck(ctx, http("ok"));
    const legacy = { ...http("ok").config, assertions: [{ type: "body", op: "matches", value: "ok(?!ay)" }] };
    await db.update(checks).set({ config: legacy }).where(eq(checks.id, id));

    expect(await getCheck(ctx, id)).toMatchObject({ config: { assertions: [{ value: "ok(?!ay)" }] } });
    expect(checkInput.safeParse({ name: "Home", config: legacy }).error?.issues[0]).toMatchObject({
      path: ["config", "assertions", 0, "value"],
      message: "Lookahead ((?!…) is not supported; Pingpage runs regexes in linear time",
    });
  });
});
