/** The kinds of record the log names, for its "target" column and filter. */
export const auditTargetTypes = ["check", "page", "incident", "maintenance", "domain", "member", "invitation", "workspace"] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

/** Every action the log records, with the words the log page shows for it. */
export const auditActions = {
  "check.created": "created check",
  "check.updated": "edited check",
  "check.paused": "paused check",
  "check.resumed": "resumed check",
  "check.deleted": "deleted check",
  "page.created": "created status page",
  "page.updated": "edited status page",
  "page.components_updated": "edited the components of",
  "page.password_changed": "changed the password of",
  "page.deleted": "deleted status page",
  "incident.created": "opened incident",
  "incident.published": "published incident",
  "incident.resolved": "resolved incident",
  "incident.deleted": "deleted incident",
  "incident_update.created": "posted an update to incident",
  "maintenance.scheduled": "scheduled maintenance",
  "maintenance.started": "started maintenance",
  "maintenance.completed": "completed maintenance",
  "maintenance.deleted": "deleted maintenance",
  "maintenance_update.created": "posted an update to maintenance",
  "domain.added": "added domain",
  "domain.verified": "verified domain",
  "domain.unverified": "lost the verification of domain",
  "domain.removed": "removed domain",
  "invitation.sent": "invited",
  "invitation.revoked": "revoked the invitation of",
  "member.joined": "joined as",
  "member.role_changed": "changed the role of",
  "member.removed": "removed member",
  "member.left": "left the workspace",
  "workspace.created": "created workspace",
  "workspace.renamed": "renamed workspace",
} as const satisfies Record<string, string>;
export type AuditAction = keyof typeof auditActions;
