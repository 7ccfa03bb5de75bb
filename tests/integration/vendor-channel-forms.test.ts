import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { alertChannels } from "@/db/schema";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { channelInputFromForm } from "@/lib/services/alerts/channel-form";
import { createChannel, getChannel } from "@/lib/services/alerts/channels";
import { createOwnerCtx } from "../support/factories";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function saved(id: string) {
  const [row] = await db.select().from(alertChannels).where(eq(alertChannels.id, id));
  return row!;
}

describe("chat, push and incident-tool channels from the form", () => {
  it("stores a Statuspage channel's lines as check-to-component links, and its key sealed", async () => {
    const ctx = await createOwnerCtx();
    const checkId = crypto.randomUUID();
    const input = channelInputFromForm(
      form({ type: "statuspage", name: "Public status", enabled: "true", "config.pageId": "kctbh9vrtdwd", "config.components": `${checkId}  cmpapi000001\n`, "secrets.apiKey": "sp-key-0123456789abcdef" }),
    );
    if ("formError" in input) throw new Error(input.formError);
    const id = await createChannel(ctx, input);
    const row = await saved(id);
    expect(row.config).toEqual({ pageId: "kctbh9vrtdwd", components: [{ checkId, componentId: "cmpapi000001" }] });
    expect(row.secrets).not.toContain("sp-key-0123456789abcdef");
    const view = await getChannel(ctx, id);
    expect(view).toMatchObject({ secretsSet: ["apiKey"], description: "Statuspage page kctbh9vrtdwd, 1 linked component" });
    expect(JSON.stringify(view)).not.toContain("sp-key-0123456789abcdef");
  });

  it("reads ntfy's and Pushover's numbers from the form's strings, with ntfy.sh by default", async () => {
    const ctx = await createOwnerCtx();
    const ntfy = channelInputFromForm(form({ type: "ntfy", name: "Phones", "config.serverUrl": "", "config.topic": "acme-alerts", "config.priority": "5", "secrets.token": "" }));
    if ("formError" in ntfy) throw new Error(ntfy.formError);
    expect((await saved(await createChannel(ctx, ntfy))).config).toEqual({ serverUrl: "https://ntfy.sh", topic: "acme-alerts", priority: 5 });
    const pushover = channelInputFromForm(
      form({ type: "pushover", name: "On call", "config.priority": "-1", "config.device": "", "secrets.userKey": "uQiRzpo4DXghDmr9QzzfQu27cmVRsG", "secrets.appToken": "azGDORePK8gMaC0QOYAMyEEuzJnyUi" }),
    );
    if ("formError" in pushover) throw new Error(pushover.formError);
    expect((await saved(await createChannel(ctx, pushover))).config).toEqual({ priority: -1 });
  });

  it("refuses bad fields, naming each as the form names its input, and writes nothing", async () => {
    const ctx = await createOwnerCtx();
    const input = channelInputFromForm(
      form({ type: "statuspage", name: "Broken", "config.pageId": "kctbh9vrtdwd", "config.components": "not-a-check cmp1\n", "secrets.apiKey": "" }),
    );
    if ("formError" in input) throw new Error(input.formError);
    const refusal = await createChannel(ctx, input).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).fieldErrors).toEqual({
      "config.components": ["Line 1: start with the Pingpage check id"],
      "secrets.apiKey": ["Enter the API key"],
    });
    expect(await db.select().from(alertChannels).where(eq(alertChannels.workspaceId, ctx.workspaceId))).toEqual([]);
  });
});
