import type { AlertCheck, AlertMessage } from "../message";

/** A check as an alert names it; `n` keeps ids and names apart in grouped messages. */
export function sampleCheck(n = 1, fields: Partial<AlertCheck> = {}): AlertCheck {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  return {
    id,
    name: `API ${n}`,
    target: `GET https://api${n}.example.com/health`,
    status: "down",
    cause: "HTTP 503",
    since: "2026-11-30T09:00:00.000Z",
    outageId: `10000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    ...fields,
  };
}

/** A down message about `checks` (one check by default), with links for each. */
export function sampleMessage(fields: Partial<AlertMessage> = {}): AlertMessage {
  const checks = fields.checks ?? [sampleCheck()];
  return {
    version: 1,
    kind: "down",
    workspace: { id: "20000000-0000-4000-8000-000000000001", name: "Acme" },
    checks,
    grouped: checks.length > 1,
    ackUrl: "https://pingpage.example/alerts/ack/tok123",
    checkUrls: Object.fromEntries(checks.map((check) => [check.id, `https://pingpage.example/checks/${check.id}`])),
    occurredAt: "2026-11-30T09:00:05.000Z",
    dedupKey: checks.length === 1 && checks[0]?.outageId ? checks[0].outageId : "group-1",
    ...fields,
  };
}
