import { describe, expect, it } from "vitest";
import { generateSigningSecret } from "@/lib/channels/webhook/signing-secret";
import { ValidationError } from "@/lib/errors";
import { channelInputFromForm } from "@/lib/services/alerts/channel-form";
import { createChannel, getChannel } from "@/lib/services/alerts/channels";
import { createOwnerCtx } from "../support/factories";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

/** Posts the fields as the channel form does and saves them through the service. */
async function saveForm(type: string, entries: [string, string][]) {
  const ctx = await createOwnerCtx();
  const input = channelInputFromForm(form([["type", type], ["name", `${type} alerts`], ["enabled", "true"], ...entries]));
  if ("formError" in input) throw new Error(input.formError);
  const id = await createChannel(ctx, input);
  return getChannel(ctx, id);
}

describe("channel forms as posted", () => {
  it("e-mail: the recipients box, split on commas and lines", async () => {
    const channel = await saveForm("email", [["config.to", "a@example.test, b@example.test\nc@example.test"]]);
    expect(channel.config).toEqual({ to: ["a@example.test", "b@example.test", "c@example.test"] });
    expect(channel.description).toBe("a@example.test, b@example.test and 1 more");
  });

  it("webhook: the headers box becomes name/value pairs, and the generated secret is stored, never shown", async () => {
    const secret = generateSigningSecret();
    const channel = await saveForm("webhook", [
      ["config.url", "https://example.com/hooks/pingpage"],
      ["config.headers", "X-Team: ops\nX-Env: prod"],
      ["secrets.authorization", ""],
      ["secrets.signingSecret", secret],
    ]);
    expect(channel.config).toEqual({ url: "https://example.com/hooks/pingpage", headers: [{ name: "X-Team", value: "ops" }, { name: "X-Env", value: "prod" }] });
    expect(channel.secretsSet).toEqual(["signingSecret"]);
    expect(JSON.stringify(channel)).not.toContain(secret.slice(6));
  });

  it("webhook: a header line without a value is refused under the headers box", async () => {
    const saving = saveForm("webhook", [
      ["config.url", "https://example.com/hooks/pingpage"],
      ["config.headers", "X-Team"],
      ["secrets.signingSecret", generateSigningSecret()],
    ]);
    await expect(saving).rejects.toBeInstanceOf(ValidationError);
    await expect(saving).rejects.toMatchObject({ fieldErrors: { "config.headers.0.value": [expect.stringContaining("Name: value")] } });
  });

  it("Google Chat: the unticked thread box turns threading off", async () => {
    const channel = await saveForm("google_chat", [
      ["config.threaded", "false"],
      ["secrets.webhookUrl", "https://chat.googleapis.com/v1/spaces/AAA/messages?key=k&token=t"],
    ]);
    expect(channel.config).toEqual({ threaded: false });
    expect(channel.secretsSet).toEqual(["webhookUrl"]);
  });

  it("Slack: the mention select, with the webhook URL kept secret", async () => {
    const channel = await saveForm("slack", [
      ["config.mention", "channel"],
      ["secrets.webhookUrl", "https://hooks.slack.com/services/T1/B1/xyz"],
    ]);
    expect(channel).toMatchObject({ config: { mention: "channel" }, secretsSet: ["webhookUrl"], description: "Incoming webhook, mentions @channel" });
    expect(JSON.stringify(channel)).not.toContain("hooks.slack.com");
  });
});
