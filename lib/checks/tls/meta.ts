/** Safe for the browser: the form's type list reads it. */
export const tlsType = { type: "tls", label: "TLS certificate", probed: true } as const;
