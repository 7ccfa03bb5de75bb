/** The type as stored and as the type picker names it; shared by the module and its form. */
export const emailType = { type: "email", label: "E-mail" } as const;
