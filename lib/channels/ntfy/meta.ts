/** The type's name and label, shared by its server module and its browser form. */
export const ntfyType = { type: "ntfy", label: "ntfy" } as const;
