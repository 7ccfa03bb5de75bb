/** Safe for the browser: the form's type list reads it. */
export const tcpType = { type: "tcp", label: "TCP port", probed: true } as const;
