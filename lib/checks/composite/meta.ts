/** Safe for the browser: the form's type list reads it. */
export const compositeType = { type: "composite", label: "Composite of other checks", probed: false, formLists: { checkIds: "checkboxes" } } as const;
