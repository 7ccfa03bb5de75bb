/** Safe for the browser: the form's type list reads it. */
export const heartbeatType = { type: "heartbeat", label: "Heartbeat (cron job calls us)", probed: false } as const;
