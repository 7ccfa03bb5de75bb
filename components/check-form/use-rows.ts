"use client";

import { useState } from "react";
import { useFormState } from "./form-state";

/** How many rows of a list (`config.headers.0.name`, `config.headers.1.name`…) the values hold. */
export function rowCount(values: Record<string, string>, prefix: string): number {
  const pattern = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d+)\\.`);
  let count = 0;
  for (const key of Object.keys(values)) {
    const index = pattern.exec(key)?.[1];
    if (index !== undefined) count = Math.max(count, Number(index) + 1);
  }
  return count;
}

/**
 * Rows of a repeated group. Each row keeps a stable key, so removing one keeps what was typed in
 * the others; inputs are named by position, so the posted list never has holes.
 */
export function useRows(prefix: string, minimum = 0) {
  const { values } = useFormState();
  const [keys, setKeys] = useState(() => Array.from({ length: Math.max(rowCount(values, prefix), minimum) }, (_, i) => i));
  return {
    keys,
    add: () => setKeys((current) => [...current, current.length === 0 ? 0 : Math.max(...current) + 1]),
    remove: (key: number) => setKeys((current) => current.filter((k) => k !== key)),
  };
}
