import { and, asc, eq, gt } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { startDnsResponder } from "@/lib/checks/testing/dns-responder";
import { auditLog } from "@/db/schema";
import type { AuditAction } from "@/lib/audit/actions";
import type { CheckResult } from "@/lib/checks/types";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { checkInput } from "@/lib/schemas/check";
import { incidentInput, incidentUpdateInput } from "@/lib/schemas/incident";
import { maintenanceInput } from "@/lib/schemas/maintenance";
import { pageInput } from "@/lib/schemas/page";
import { createCheck } from "@/lib/services/checks/create";
import { deleteCheck } from "@/lib/services/checks/delete";
import { recordCheckRun } from "@/lib/services/checks/record-run";
import { setCheckPaused, updateCheck } from "@/lib/services/checks/update";
import type { Ctx } from "@/lib/services/context";
import { addDomain, removeDomain } from "@/lib/services/domains/manage";
import { domainCheckCtx, verifyDomain } from "@/lib/services/domains/verify";
import { createIncident, deleteIncident, postIncidentUpdate, publishIncident } from "@/lib/services/incidents/write";
import { advanceMaintenance } from "@/lib/services/maintenances/advance";
import { completeMaintenance, createMaintenance, deleteMaintenance, postMaintenanceUpdate } from "@/lib/services/maintenances/write";
import { acceptInvitation } from "@/lib/services/members/accept";
import { inviteMember, revokeInvitation } from "@/lib/services/members/invite";
import { changeMemberRole, removeMember } from "@/lib/services/members/manage";
import { setPagePassword, updateComponents } from "@/lib/services/pages/settings";
import { createPage, deletePage, updatePage } from "@/lib/services/pages/write";
import { createWorkspace, renameWorkspace } from "@/lib/services/workspaces";
import { createOwnerCtx, createUser } from "../support/factories";
import { runReactions } from "../support/reactions";
import { createPageFixture, uniqueSlug } from "../support/status-page";

const APP = "http://app.test";

async function entriesAfter(workspaceId: string, afterId: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), gt(auditLog.id, afterId)))
    .orderBy(asc(auditLog.id));
}

async function lastId(workspaceId: string): Promise<number> {
  const rows = await entriesAfter(workspaceId, 0);
  return rows.at(-1)?.id ?? 0;
}

/** Runs one write and returns the single entry it added to the workspace's log. */
async function onlyEntry<T>(workspaceId: string, action: AuditAction, write: () => Promise<T>) {
  const before = await lastId(workspaceId);
  const result = await write();
  const rows = await entriesAfter(workspaceId, before);
  expect(rows.map((r) => r.action)).toEqual([action]);
  return { entry: rows[0]!, result };
}

const httpCheck = (name: string, config: Record<string, unknown> = {}) =>
  checkInput.parse({ name, intervalSeconds: 60, config: { type: "http", url: "https://example.com/health", ...config } });

describe("every write records one audit entry with its actor", () => {
  it("checks: created, edited with the changed fields, paused, resumed and deleted", async () => {
    const ctx = await createOwnerCtx();
    const { entry: created, result: id } = await onlyEntry(ctx.workspaceId, "check.created", () => createCheck(ctx, httpCheck("API")));
    expect(created).toMatchObject({ actorType: "user", actorId: ctx.userId, actorLabel: ctx.email, targetType: "check", targetId: id, targetLabel: "API" });

    const { entry: edited } = await onlyEntry(ctx.workspaceId, "check.updated", () =>
      updateCheck(ctx, id, httpCheck("API v2", { method: "HEAD" })),
    );
    expect(edited.changes).toEqual([
      { field: "name", before: "API", after: "API v2" },
      { field: "config.method", before: "GET", after: "HEAD" },
    ]);
    await onlyEntry(ctx.workspaceId, "check.paused", () => setCheckPaused(ctx, id, true));
    await onlyEntry(ctx.workspaceId, "check.resumed", () => setCheckPaused(ctx, id, false));
    const { entry: deleted } = await onlyEntry(ctx.workspaceId, "check.deleted", () => deleteCheck(ctx, id));
    expect(deleted).toMatchObject({ targetId: id, targetLabel: "API v2" });
  });

  it("pages: created, edited, password, components and deleted; the password never appears", async () => {
    const ctx = await createOwnerCtx();
    const checkId = await createCheck(ctx, httpCheck("API"));
    const slug = uniqueSlug();
    const { result: pageId } = await onlyEntry(ctx.workspaceId, "page.created", () => createPage(ctx, pageInput.parse({ name: "Acme", slug, checkIds: [checkId] })));
    const webId = await createCheck(ctx, httpCheck("Website"));
    const { entry: edited } = await onlyEntry(ctx.workspaceId, "page.updated", () =>
      updatePage(ctx, pageId, pageInput.parse({ name: "Acme", slug, theme: "dark", checkIds: [webId] })),
    );
    expect(edited.changes).toEqual([
      { field: "theme", before: "system", after: "dark" },
      { field: "component Website", after: "added" },
      { field: "component API", after: "removed" },
    ]);

    const { entry: password } = await onlyEntry(ctx.workspaceId, "page.password_changed", () => setPagePassword(ctx, pageId, "page-password-123"));
    expect(password.changes).toEqual([{ field: "password", after: "set" }]);
    const [component] = await db.query.pageComponents.findMany({ where: (c, { eq: is }) => is(c.pageId, pageId) });
    const { entry: components } = await onlyEntry(ctx.workspaceId, "page.components_updated", () =>
      updateComponents(ctx, pageId, { components: [{ id: component!.id, name: "Public site", description: null, groupName: "Core", position: 0, showResponseTime: true }] }),
    );
    expect(components.changes).toEqual([
      { field: "component Website.name", before: "Website", after: "Public site" },
      { field: "component Website.groupName", before: null, after: "Core" },
      { field: "component Website.showResponseTime", before: false, after: true },
    ]);
    await onlyEntry(ctx.workspaceId, "page.deleted", () => deletePage(ctx, pageId));
  });

  it("incidents and maintenance from the dashboard", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API"] });
    const owner = await db.query.users.findFirst({ where: (u, { eq: is }) => is(u.id, ctx.userId) });
    const input = incidentInput.parse({ title: "Errors", status: "investigating", impact: "major", message: "Looking", components: { [components[0]!.id]: "major_outage" } });
    const { entry: opened, result: incidentId } = await onlyEntry(ctx.workspaceId, "incident.created", () => createIncident(ctx, page.id, input));
    expect(opened).toMatchObject({ actorLabel: owner!.email, targetId: incidentId, targetLabel: "Errors" });
    const { entry: update } = await onlyEntry(ctx.workspaceId, "incident_update.created", () =>
      postIncidentUpdate(ctx, incidentId, incidentUpdateInput.parse({ status: "identified", message: "Found it" })),
    );
    expect(update.changes).toEqual([{ field: "status", before: "investigating", after: "identified" }]);
    await onlyEntry(ctx.workspaceId, "incident.published", () => publishIncident(ctx, incidentId));
    await onlyEntry(ctx.workspaceId, "incident.deleted", () => deleteIncident(ctx, incidentId));

    const window = maintenanceInput.parse({ title: "Upgrade", startsAt: "2099-01-01T10:00", endsAt: "2099-01-01T11:00" });
    const { result: maintenanceId } = await onlyEntry(ctx.workspaceId, "maintenance.scheduled", () => createMaintenance(ctx, page.id, window));
    await onlyEntry(ctx.workspaceId, "maintenance_update.created", () => postMaintenanceUpdate(ctx, maintenanceId, "Still on"));
    await onlyEntry(ctx.workspaceId, "maintenance.completed", () => completeMaintenance(ctx, maintenanceId));
    await onlyEntry(ctx.workspaceId, "maintenance.deleted", () => deleteMaintenance(ctx, maintenanceId));
  });

  it("domains", async () => {
    const { ctx, page } = await createPageFixture({ names: [] });
    const hostname = `${uniqueSlug("status")}.example.test`;
    const { result: domainId } = await onlyEntry(ctx.workspaceId, "domain.added", () => addDomain(ctx, page.id, hostname));
    const { entry } = await onlyEntry(ctx.workspaceId, "domain.removed", () => removeDomain(ctx, domainId));
    expect(entry).toMatchObject({ targetId: domainId, targetLabel: hostname });
  });

  it("members, invitations and workspaces, each by the person who acted", async () => {
    const owner = await createOwnerCtx();
    const guest = await createUser();
    const { entry: sent, result: invite } = await onlyEntry(owner.workspaceId, "invitation.sent", () => inviteMember(owner, { email: guest.email, role: "editor" }, APP));
    expect(sent).toMatchObject({ targetType: "invitation", targetLabel: guest.email, changes: [{ field: "role", after: "editor" }] });
    expect(JSON.stringify(sent)).not.toContain(invite.link.split("/invite/")[1]);

    const { entry: joined } = await onlyEntry(owner.workspaceId, "member.joined", () => acceptInvitation(guest.id, invite.link.split("/invite/")[1]!));
    expect(joined).toMatchObject({ actorId: guest.id, actorLabel: guest.email, targetId: guest.id });
    const { entry: role } = await onlyEntry(owner.workspaceId, "member.role_changed", () => changeMemberRole(owner, guest.id, "viewer"));
    expect(role.changes).toEqual([{ field: "role", before: "editor", after: "viewer" }]);
    const guestCtx: Ctx = { userId: guest.id, workspaceId: owner.workspaceId, role: "viewer" };
    const { entry: left } = await onlyEntry(owner.workspaceId, "member.left", () => removeMember(guestCtx, guest.id));
    expect(left).toMatchObject({ actorId: guest.id, targetId: guest.id });

    const other = await createUser();
    const { result: second } = await onlyEntry(owner.workspaceId, "invitation.sent", () => inviteMember(owner, { email: other.email, role: "viewer" }, APP));
    await onlyEntry(owner.workspaceId, "invitation.revoked", () => revokeInvitation(owner, second.invitationId));
    await onlyEntry(owner.workspaceId, "workspace.renamed", () => renameWorkspace(owner, { name: "Renamed" }));

    const workspaceId = await createWorkspace(owner.userId, { name: "Second" });
    expect((await entriesAfter(workspaceId, 0)).map((r) => [r.action, r.actorId])).toEqual([["workspace.created", owner.userId]]);
  });

  it("an API token acting for a user is recorded as the token", async () => {
    const owner = await createOwnerCtx();
    const tokenCtx = { ...owner, actor: { type: "token", tokenId: crypto.randomUUID(), label: "CI deploys", scopes: ["write"] }, ip: "203.0.113.7" } satisfies Ctx;
    const { entry } = await onlyEntry(owner.workspaceId, "check.created", () => createCheck(tokenCtx, httpCheck("API")));
    expect(entry).toMatchObject({ actorType: "token", actorId: tokenCtx.actor.tokenId, actorLabel: "CI deploys", ip: "203.0.113.7" });
  });

  it("automatic incidents, maintenance windows and domain checks are recorded as the system", async () => {
    const { ctx, page, components } = await createPageFixture({ names: ["API"] });
    const failed: CheckResult = { ok: false, latencyMs: 10, statusCode: 503, errorClass: "assertion", error: "status 503" };
    const ok: CheckResult = { ok: true, latencyMs: 10, statusCode: 200 };
    let clock = Date.parse("2026-03-01T00:00:00Z");
    const run = () => ({ region: "eu", scheduledAt: new Date((clock += 60_000)), startedAt: new Date(clock) });
    const checkId = components[0]!.checkId;
    const record = (result: CheckResult) => recordCheckRun(checkId, result, run()).then(() => runReactions(checkId));
    await record(failed);
    const { entry: opened } = await onlyEntry(ctx.workspaceId, "incident.created", () => record(failed));
    expect(opened).toMatchObject({ actorType: "system", actorId: null, actorLabel: "Pingpage", targetLabel: "API is down" });
    const { entry: resolved } = await onlyEntry(ctx.workspaceId, "incident.resolved", () => record(ok));
    expect(resolved).toMatchObject({ actorType: "system", targetId: opened.targetId });

    const window = maintenanceInput.parse({ title: "Upgrade", startsAt: "2099-01-01T10:00", endsAt: "2099-01-01T11:00" });
    const maintenanceId = await createMaintenance(ctx, page.id, window);
    const hostname = `${uniqueSlug("status")}.example.test`;
    const domainId = await addDomain(ctx, page.id, hostname);
    const [domain] = await db.query.customDomains.findMany({ where: (d, { eq: is }) => is(d.id, domainId) });
    const dns = await startDnsResponder({ [`_pingpage.${hostname}`]: { TXT: [`pingpage-verify=${domain!.verificationToken}`] } });
    try {
      const { entry: verified } = await onlyEntry(ctx.workspaceId, "domain.verified", async () => verifyDomain((await domainCheckCtx(domainId))!, domainId, new Date(), [dns.address]));
      expect(verified).toMatchObject({ actorType: "system", targetId: domainId, targetLabel: hostname });
      // A later check that finds it still verified is no change, and no entry.
      const before = await lastId(ctx.workspaceId);
      await verifyDomain((await domainCheckCtx(domainId))!, domainId, new Date(), [dns.address]);
      expect(await entriesAfter(ctx.workspaceId, before)).toEqual([]);
    } finally {
      await dns.close();
    }

    const { entry: started } = await onlyEntry(ctx.workspaceId, "maintenance.started", () =>
      db.transaction((tx) => advanceMaintenance(tx, maintenanceId, new Date("2099-01-01T10:00:30Z"))),
    );
    expect(started).toMatchObject({ actorType: "system", targetId: maintenanceId, targetLabel: "Upgrade" });
  });
});

describe("the audit entry commits with its change", () => {
  it("records nothing when the write is rolled back after the entry was written", async () => {
    const ctx = await createOwnerCtx();
    const stranger = await createOwnerCtx();
    const foreignCheck = await createCheck(stranger, httpCheck("Theirs"));
    const before = await lastId(ctx.workspaceId);
    // The page row and its entry are written, then the foreign check fails validation: all rolls back.
    await expect(createPage(ctx, pageInput.parse({ name: "Acme", slug: uniqueSlug(), checkIds: [foreignCheck] }))).rejects.toBeInstanceOf(ValidationError);
    expect(await entriesAfter(ctx.workspaceId, before)).toEqual([]);
  });
});

describe("secrets never reach the log", () => {
  it("keeps credentials, header values, query values and page passwords out of every entry", async () => {
    const ctx = await createOwnerCtx();
    const secrets = ["basic-pass-1f2e", "bearer-token-9a8b", "header-value-7c6d", "query-value-5e4f", "body-secret-3a2b", "page-pass-0912", "url-pass-7788"];
    const basic = httpCheck("API", {
      url: "https://user:url-pass-7788@example.com/health?key=query-value-5e4f",
      method: "POST",
      auth: { type: "basic", username: "admin", password: "basic-pass-1f2e" },
      headers: [{ name: "X-Api-Key", value: "header-value-7c6d" }],
      query: [{ name: "token", value: "query-value-5e4f" }],
      body: '{"secret":"body-secret-3a2b"}',
    });
    const id = await createCheck(ctx, basic);
    await updateCheck(ctx, id, httpCheck("API", { auth: { type: "bearer", token: "bearer-token-9a8b" }, headers: [{ name: "Authorization", value: "header-value-7c6d" }] }));
    await deleteCheck(ctx, id);
    const pageId = await createPage(ctx, pageInput.parse({ name: "Acme", slug: uniqueSlug() }));
    await setPagePassword(ctx, pageId, "page-pass-0912");
    await setPagePassword(ctx, pageId, "");

    const entries = await entriesAfter(ctx.workspaceId, 0);
    expect(entries.map((e) => e.action)).toEqual(["check.created", "check.updated", "check.deleted", "page.created", "page.password_changed", "page.password_changed"]);
    const text = JSON.stringify(entries);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(entries[1]!.changes).toEqual(
      expect.arrayContaining([
        { field: "config.auth", hidden: true },
        { field: "config.headers", hidden: true },
        { field: "config.body", hidden: true },
      ]),
    );
  });
});
