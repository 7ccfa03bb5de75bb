/** The type's name and label, shared by its server module and its browser form. */
export const statuspageType = { type: "statuspage", label: "Atlassian Statuspage" } as const;
