/** The type's name and label, shared by its server module and its browser form. */
export const pagerDutyType = { type: "pagerduty", label: "PagerDuty" } as const;
