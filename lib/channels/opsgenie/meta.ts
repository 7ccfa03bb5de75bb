/** The type's name and label, shared by its server module and its browser form. */
export const opsgenieType = { type: "opsgenie", label: "Opsgenie" } as const;
