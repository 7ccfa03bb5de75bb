/** Safe for the browser: the form's type list reads it. */
export const pingType = { type: "ping", label: "Ping (ICMP)", probed: true } as const;
