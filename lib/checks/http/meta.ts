/** Safe for the browser: the form's type list reads it. */
export const httpType = { type: "http", label: "HTTP(S) request", probed: true } as const;
