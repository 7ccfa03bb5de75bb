import type { AlertCheck, AlertMessage } from "@/lib/channels/types";

/** A down check as the policy engine describes it. */
export function alertCheck(overrides: Partial<AlertCheck> = {}): AlertCheck {
  const id = crypto.randomUUID();
  return { id, name: "API", target: "GET https://api.example.test", status: "down", cause: "HTTP 503", since: new Date().toISOString(), outageId: crypto.randomUUID(), ...overrides };
}

/** A message about `checks` (one down check by default) in the given workspace. */
export function alertMessageFor(workspaceId: string, overrides: Partial<AlertMessage> = {}): AlertMessage {
  const checks = overrides.checks ?? [alertCheck()];
  return {
    version: 1,
    kind: "down",
    workspace: { id: workspaceId, name: "Acme <Ops>" },
    checks,
    grouped: checks.length > 1,
    ackUrl: "https://pingpage.test/ack/tok_123",
    checkUrls: Object.fromEntries(checks.map((check) => [check.id, `https://pingpage.test/checks/${check.id}`])),
    occurredAt: new Date().toISOString(),
    dedupKey: checks[0]?.outageId ?? crypto.randomUUID(),
    ...overrides,
  };
}

/** `count` down checks, as a storm gathers them into one message. */
export function manyChecks(count: number): AlertCheck[] {
  return Array.from({ length: count }, (_, index) => alertCheck({ name: `check-${index + 1}` }));
}
