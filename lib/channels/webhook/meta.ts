/** The type as stored and as the type picker names it; shared by the module and its form. */
export const webhookType = { type: "webhook", label: "Webhook" } as const;
