import { describe, expect, it } from "vitest";
import type { AlertMessage } from "../message";
import { discordPayload } from "../discord/payload";
import { slackPayload } from "./payload";

const check = { id: "c1", name: "<!channel> *API*", target: "GET https://x.test", status: "down", cause: "HTTP 503 <b>", since: "2026-11-30T09:00:00.000Z", outageId: "o1" };
const message: AlertMessage = {
  version: 1,
  kind: "down",
  workspace: { id: "w1", name: "Acme" },
  checks: [check],
  grouped: false,
  ackUrl: null,
  checkUrls: {},
  occurredAt: "2026-11-30T09:00:00.000Z",
  dedupKey: "o1",
};

describe("chat payloads", () => {
  it("Slack: a check's name cannot mention anyone or open a link", () => {
    const section = slackPayload(message, { mention: "none" }).blocks[1] as { text: { text: string } };
    expect(section.text.text).toBe("• *&lt;!channel&gt; *API** — HTTP 503 &lt;b&gt;");
  });

  it("Slack: mentions only on down-type alerts, never on a recovery", () => {
    expect(slackPayload(message, { mention: "channel" }).text).toMatch(/^<!channel> /);
    expect(slackPayload({ ...message, kind: "recovered" }, { mention: "channel" }).text).not.toContain("<!channel>");
  });

  it("Discord: markdown in a name is shown as typed, and no mention is parsed unless asked", () => {
    const payload = discordPayload(message, { mention: "none" });
    expect(payload.embeds[0]!.description).toContain("**<!channel\\> \\*API\\***");
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload).not.toHaveProperty("content");
  });
});
