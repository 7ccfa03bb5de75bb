/** Reminders and escalation of one firing alert: when each next step is due, or null when none is. */
export type EscalationStep = { afterMinutes: number; channelIds: string[] };
export type FollowUpPolicy = { reminderMinutes: number | null; reminderCap: number | null; escalation: EscalationStep[] };

const minute = 60_000;

/** The next reminder after `sent` reminders, counted from the last message; none past the cap. */
export function nextReminderAt(policy: FollowUpPolicy, sent: number, lastAt: Date): Date | null {
  if (!policy.reminderMinutes || policy.reminderMinutes <= 0) return null;
  if (policy.reminderCap !== null && sent >= policy.reminderCap) return null;
  return new Date(lastAt.getTime() + policy.reminderMinutes * minute);
}

/** Escalation step `index` is due `afterMinutes` after the alert first fired (steps count from the start). */
export function escalationDueAt(policy: FollowUpPolicy, index: number, firedAt: Date): Date | null {
  const step = policy.escalation[index];
  return step ? new Date(firedAt.getTime() + step.afterMinutes * minute) : null;
}

export function reminderJobKey(alertId: string): string {
  return `alert-remind:${alertId}`;
}
export function escalationJobKey(alertId: string): string {
  return `alert-escalate:${alertId}`;
}
export function delayJobKey(alertId: string): string {
  return `alert-delay:${alertId}`;
}

/** "1 h 5 min", "3 min", "40 s": an outage's length as a person reads it. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest ? `${hours} h ${rest} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
