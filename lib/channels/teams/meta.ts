/** The type as stored and as the type picker names it; shared by the module and its form. */
export const teamsType = { type: "teams", label: "Microsoft Teams" } as const;
