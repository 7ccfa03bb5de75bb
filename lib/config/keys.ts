/** A key from a name: "API (EU) health" → "api-eu-health"; "resource" when nothing is left. */
export function keyFromName(name: string): string {
  const key = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return key || "resource";
}

/** Hands out keys from names, numbering repeats (api, api-2, api-3) in the order asked. */
export function keyAllocator(taken: Iterable<string> = []) {
  const used = new Set(taken);
  return (name: string): string => {
    const base = keyFromName(name);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  };
}
