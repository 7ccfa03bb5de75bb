import { z } from "zod";

/** Standard Webhooks secrets: "whsec_" and 24 to 64 random bytes in base64. */
export function isSigningSecret(value: string): boolean {
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(value);
  if (!match?.[1]) return false;
  try {
    const bytes = atob(match[1]).length;
    return bytes >= 24 && bytes <= 64;
  } catch {
    return false;
  }
}

export function signingSecret(field: string) {
  return z
    .string({ error: `${field}: required` })
    .trim()
    .refine(isSigningSecret, `${field}: expected whsec_ followed by 24 to 64 bytes in base64 (the form generates one)`);
}

/** A new secret from the platform's random source; the browser's form and the server both call it. */
export function generateSigningSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}
