/** The type as stored and as the type picker names it; shared by the module and its form. */
export const discordType = { type: "discord", label: "Discord" } as const;
