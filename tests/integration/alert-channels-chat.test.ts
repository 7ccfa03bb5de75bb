import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { alertMessageFor, manyChecks } from "../support/alert-messages";
import { channelInNewWorkspace, sendThrough } from "../support/channel-delivery";
import { discordAnswer, googleChatAnswer, slackAnswer, startVendorReceiver, teamsAnswer, type VendorReceiver } from "../support/vendor-receiver";

let slack: VendorReceiver;
let discord: VendorReceiver;
let teams: VendorReceiver;
let chat: VendorReceiver;
let baseUrls: Record<string, string>;

beforeAll(async () => {
  [slack, discord, teams, chat] = await Promise.all([
    startVendorReceiver(slackAnswer),
    startVendorReceiver(discordAnswer),
    startVendorReceiver(teamsAnswer),
    startVendorReceiver(googleChatAnswer),
  ]);
  baseUrls = { slack: slack.url, discord: discord.url, teams: teams.url, google_chat: chat.url };
});
afterAll(() => Promise.all([slack, discord, teams, chat].map((receiver) => receiver.close())));

const key = () => crypto.randomUUID().replace(/-/g, "");
const hitsOn = (receiver: VendorReceiver, path: string) => receiver.received.filter((request) => request.path === path);

describe("Slack channel", () => {
  it("posts a Block Kit message to the incoming webhook, with the ack button and the mention", async () => {
    const path = `/services/T0/B0/${key()}`;
    const { outcome, delivery, message } = await sendThrough({ type: "slack", config: { mention: "here" }, secrets: { webhookUrl: `https://hooks.slack.com${path}` } }, { baseUrls });
    expect(outcome).toBe("sent");
    expect(delivery).toMatchObject({ status: "sent", lastStatusCode: 200 });
    const [request] = hitsOn(slack, path);
    expect(request?.headers["content-type"]).toBe("application/json");
    const body = JSON.parse(request!.body);
    expect(body.text).toContain("<!here>");
    expect(body.blocks.map((block: { type: string }) => block.type)).toEqual(["header", "section", "context", "actions"]);
    expect(body.blocks[0].text).toMatchObject({ type: "plain_text", text: expect.stringContaining("API is down") });
    expect(body.blocks[1].text.text).toContain(`<${message.checkUrls[message.checks[0]!.id]}|*API*> — HTTP 503`);
    expect(body.blocks[2].elements[0].text).toContain("Acme &lt;Ops&gt;");
    expect(body.blocks[3].elements[0]).toMatchObject({ type: "button", url: "https://pingpage.test/ack/tok_123" });
  });

  it("names the first ten checks of a storm and counts the rest, in one message", async () => {
    const path = `/services/T0/B0/${key()}`;
    await sendThrough(
      { type: "slack", secrets: { webhookUrl: `https://hooks.slack.com${path}` } },
      { baseUrls, message: (workspaceId) => alertMessageFor(workspaceId, { checks: manyChecks(1000) }) },
    );
    const requests = hitsOn(slack, path);
    expect(requests).toHaveLength(1);
    const section: string = JSON.parse(requests[0]!.body).blocks[1].text.text;
    expect(section.split("\n")).toHaveLength(11);
    expect(section).toContain("check-10");
    expect(section).not.toContain("check-11");
    expect(section).toContain("and 990 more");
    expect(JSON.parse(requests[0]!.body).blocks[0].text.text).toContain("1000 checks are down");
  });

  it("refuses a webhook URL that is not Slack's, naming the field, and saves nothing", async () => {
    const saving = channelInNewWorkspace({ type: "slack", secrets: { webhookUrl: "https://evil.example/services/x" } });
    await expect(saving).rejects.toBeInstanceOf(ValidationError);
    await expect(saving).rejects.toMatchObject({ fieldErrors: { "secrets.webhookUrl": [expect.stringContaining("hooks.slack.com")] } });
  });
});

describe("Discord channel", () => {
  it("posts one embed with wait=true and keeps the message id Discord returns", async () => {
    const path = `/api/webhooks/1234/${key()}`;
    const { delivery } = await sendThrough({ type: "discord", secrets: { webhookUrl: `https://discord.com${path}` } }, { baseUrls });
    expect(delivery).toMatchObject({ status: "sent", externalId: "1180000000000000001" });
    const [request] = hitsOn(discord, path);
    expect(request?.query.get("wait")).toBe("true");
    const body = JSON.parse(request!.body);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds[0]).toMatchObject({ title: "API is down", color: 0xdc2626, footer: { text: "Acme <Ops>" } });
    expect(body.embeds[0].description).toContain("[**API**](https://pingpage.test/checks/");
    expect(body.embeds[0].description).toContain("[Acknowledge](https://pingpage.test/ack/tok_123)");
  });

  it("answers a 429 with its Retry-After, so the delivery waits as long as Discord asks", async () => {
    const path = `/api/webhooks/1234/${key()}`;
    discord.reply({ status: 429, headers: { "retry-after": "7", "content-type": "application/json" }, body: '{"retry_after":7}' });
    const { outcome, delivery } = await sendThrough({ type: "discord", secrets: { webhookUrl: `https://discord.com${path}` } }, { baseUrls });
    expect(outcome).toBe("rescheduled");
    expect(delivery).toMatchObject({ status: "failed", lastStatusCode: 429 });
  });
});

describe("Microsoft Teams channel", () => {
  it("posts a message with one Adaptive Card attachment to the workflow webhook", async () => {
    const path = `/workflows/${key()}/triggers/manual/paths/invoke`;
    const { delivery } = await sendThrough(
      { type: "teams", secrets: { webhookUrl: `https://prod-01.westus.logic.azure.com${path}?sig=abc` } },
      { baseUrls, message: (workspaceId) => alertMessageFor(workspaceId, { checks: manyChecks(12) }) },
    );
    expect(delivery).toMatchObject({ status: "sent", lastStatusCode: 202 });
    const [request] = hitsOn(teams, path);
    expect(request?.query.get("sig")).toBe("abc");
    const body = JSON.parse(request!.body);
    expect(body.type).toBe("message");
    expect(body.attachments).toHaveLength(1);
    const [attachment] = body.attachments;
    expect(attachment.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(attachment.content).toMatchObject({ type: "AdaptiveCard", version: "1.4" });
    const facts = attachment.content.body.find((element: { type: string }) => element.type === "FactSet").facts;
    expect(facts).toHaveLength(10);
    expect(facts[0]).toEqual({ title: "check-1", value: "HTTP 503" });
    expect(JSON.stringify(attachment.content.body)).toContain("and 2 more");
    expect(attachment.content.actions).toEqual([{ type: "Action.OpenUrl", title: "Acknowledge", url: "https://pingpage.test/ack/tok_123" }]);
  });
});

describe("Google Chat channel", () => {
  it("posts text and a cardsV2 card, threaded by the outage, and keeps the message name", async () => {
    const path = `/v1/spaces/${key()}/messages`;
    const { delivery, message } = await sendThrough(
      { type: "google_chat", config: { threaded: true }, secrets: { webhookUrl: `https://chat.googleapis.com${path}?key=k1&token=t1` } },
      { baseUrls },
    );
    expect(delivery.status).toBe("sent");
    expect(delivery.externalId).toMatch(/\/messages\/m1$/);
    const [request] = hitsOn(chat, path);
    expect(request?.query.get("token")).toBe("t1");
    expect(request?.query.get("threadKey")).toBe(message.dedupKey);
    expect(request?.query.get("messageReplyOption")).toBe("REPLY_MESSAGE_FALLBACK_TO_NEW_THREAD");
    const body = JSON.parse(request!.body);
    expect(body.text).toBe("API is down");
    expect(body.cardsV2).toHaveLength(1);
    const card = body.cardsV2[0].card;
    expect(card.header.title).toBe("API is down");
    expect(card.header.subtitle).toContain("Acme &#60;Ops&#62;");
    expect(card.sections[0].widgets[0].decoratedText).toMatchObject({ text: "<b>API</b>", bottomLabel: "HTTP 503" });
    expect(card.sections[0].widgets.at(-1).buttonList.buttons[0]).toMatchObject({ text: "Acknowledge", onClick: { openLink: { url: "https://pingpage.test/ack/tok_123" } } });
  });
});
