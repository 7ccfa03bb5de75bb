import { Client } from "pg";
import { describe, expect, inject, it, vi } from "vitest";
import { newEvent, type DomainEvent } from "@/lib/events/types";
import { CACHE_CHANNEL } from "@/lib/services/status-page/notify";
import { domainTag, pageTag, slugTag } from "@/lib/status-page/tags";
import { pagesRefresh } from "@/worker/tasks/pages__refresh";
import { createPageFixture } from "../support/status-page";

/** Runs the task as graphile-worker would; it reads only its payload. */
const run = (event: DomainEvent) => pagesRefresh(JSON.parse(JSON.stringify(event)), {} as never);

describe("pages__refresh: the one road to a status page's cache", () => {
  it("sends exactly one NOTIFY per event, with the tags it changed, and none on a retry", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API", "Website"] });
    const listener = new Client({ connectionString: inject("databaseUrl") });
    await listener.connect();
    try {
      const heard: string[][] = [];
      listener.on("notification", (message) => {
        if (message.channel !== CACHE_CHANNEL) return;
        const tags = (JSON.parse(message.payload ?? "{}") as { tags: string[] }).tags;
        if (tags.includes(pageTag(page.id))) heard.push(tags);
      });
      await listener.query(`listen ${CACHE_CHANNEL}`);

      const renamed = newEvent("page.changed", { pageId: page.id, workspaceId: ctx.workspaceId, slugs: ["old-acme", "new-acme"], hostnames: ["status.acme.test"] });
      await run(renamed);
      await run(renamed);
      const checkDown = newEvent("check.status_changed", { checkId: components[0]!.checkId, workspaceId: ctx.workspaceId, from: "up", to: "down", cause: null });
      await run(checkDown);
      // The retry sent nothing: the next event's NOTIFY is the second one heard.
      await vi.waitFor(() => expect(heard).toHaveLength(2));
      expect(heard[0]!.sort()).toEqual([pageTag(page.id), slugTag("old-acme"), slugTag("new-acme"), domainTag("status.acme.test")].sort());
      expect(heard[1]).toEqual([pageTag(page.id)]);
    } finally {
      await listener.end();
    }
  });

  it("rejects a malformed event with the field named", async () => {
    await expect(pagesRefresh({ type: "page.changed", pageId: "nope" }, {} as never)).rejects.toThrow(/pages__refresh: malformed payload/);
  });
});
