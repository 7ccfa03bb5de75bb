/** The type as stored and as the type picker names it; shared by the module and its form. */
export const googleChatType = { type: "google_chat", label: "Google Chat" } as const;
