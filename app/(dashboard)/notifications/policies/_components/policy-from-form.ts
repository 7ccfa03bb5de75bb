/** The policy form's fields as the shared schema's types: lists from repeated fields, numbers from text, blanks as "none". */
export const ESCALATION_STEPS = 3;

function number(value: FormDataEntryValue | null): number | null | string {
  if (typeof value !== "string" || value.trim() === "") return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : value;
}

function strings(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((value): value is string => typeof value === "string");
}

export function policyFromForm(formData: FormData): Record<string, unknown> {
  const escalation = [];
  for (let index = 0; index < ESCALATION_STEPS; index += 1) {
    const afterMinutes = number(formData.get(`escalation.${index}.afterMinutes`));
    const channelIds = strings(formData, `escalation.${index}.channelIds`);
    if (afterMinutes === null && channelIds.length === 0) continue;
    escalation.push({ afterMinutes, channelIds });
  }
  return {
    name: formData.get("name"),
    scope: formData.get("scope"),
    tagIds: strings(formData, "tagIds"),
    checkIds: strings(formData, "checkIds"),
    events: strings(formData, "events"),
    tlsDays: number(formData.get("tlsDays")) ?? undefined,
    delayMinutes: number(formData.get("delayMinutes")) ?? 0,
    reminderMinutes: number(formData.get("reminderMinutes")),
    reminderCap: number(formData.get("reminderCap")) ?? 0,
    escalation,
    channelIds: strings(formData, "channelIds"),
    enabled: formData.getAll("enabled").at(-1) !== "false",
  };
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = values[key] ? `${values[key]},${value}` : value;
  return values;
}
