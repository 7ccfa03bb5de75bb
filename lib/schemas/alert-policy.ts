import { z } from "zod";
import { alertEvents } from "@/lib/alerts/kinds";

const ids = (what: string) => z.array(z.uuid({ error: `Pick ${what} from the list` })).max(500, `At most 500 ${what}`);
const minutes = (field: string, max: number) => z.number({ error: `${field} must be a number of minutes` }).int(`${field}: whole minutes`).min(1, `${field}: at least 1 minute`).max(max, `${field}: at most ${max} minutes`);

export const escalationStep = z.object({
  afterMinutes: minutes("Escalate after", 10_080),
  channelIds: ids("channels").min(1, "Pick at least one channel for this step"),
});

/**
 * An alert policy as the form, the API and YAML give it. Reminders need both their interval and
 * their cap; escalation steps come in order of their minutes.
 */
export const alertPolicyInput = z
  .object({
    name: z.string().trim().min(1, "Name the policy").max(80, "Name: at most 80 characters"),
    scope: z.enum(["all", "tags", "checks"], { error: "Choose which checks: all, by tag, or picked" }),
    tagIds: ids("tags").default([]),
    checkIds: ids("checks").default([]),
    events: z.array(z.enum(alertEvents, { error: "Pick events from the list" })).min(1, "Pick at least one event"),
    tlsDays: z.number().int().min(1, "TLS days: at least 1").max(365, "TLS days: at most 365").default(14),
    delayMinutes: z.number().int().min(0, "Delay: 0 or more minutes").max(1_440, "Delay: at most 1,440 minutes").default(0),
    reminderMinutes: minutes("Remind every", 1_440).nullable().default(null),
    reminderCap: z.number().int().min(0, "Reminders: 0 or more").max(100, "Reminders: at most 100").default(0),
    escalation: z.array(escalationStep).max(5, "At most 5 escalation steps").default([]),
    channelIds: ids("channels").min(1, "Pick at least one channel"),
    enabled: z.boolean().default(true),
  })
  .superRefine((policy, ctx) => {
    if (policy.scope === "tags" && policy.tagIds.length === 0) ctx.addIssue({ code: "custom", path: ["tagIds"], message: "Pick at least one tag" });
    if (policy.scope === "checks" && policy.checkIds.length === 0) ctx.addIssue({ code: "custom", path: ["checkIds"], message: "Pick at least one check" });
    if (policy.reminderMinutes !== null && policy.reminderCap < 1) ctx.addIssue({ code: "custom", path: ["reminderCap"], message: "Say how many reminders at most" });
    policy.escalation.forEach((step, index) => {
      const previous = policy.escalation[index - 1];
      if (previous && step.afterMinutes <= previous.afterMinutes) ctx.addIssue({ code: "custom", path: ["escalation", index, "afterMinutes"], message: "Each step comes later than the one before" });
    });
  });
export type AlertPolicyInput = z.infer<typeof alertPolicyInput>;

export const alertPolicyId = z.uuid({ error: "That policy does not exist" });
