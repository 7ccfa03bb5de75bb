/** Safe for the browser: the form's type list reads it. */
export const dnsType = { type: "dns", label: "DNS record", probed: true, formLists: { expected: "lines" } } as const;
