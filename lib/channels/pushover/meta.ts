/** The type's name and label, shared by its server module and its browser form. */
export const pushoverType = { type: "pushover", label: "Pushover" } as const;
