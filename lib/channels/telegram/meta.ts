/** The type's name and label, shared by its server module and its browser form. */
export const telegramType = { type: "telegram", label: "Telegram" } as const;
