import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// No "server-only" here: the launcher and `npm run secrets:rotate` run outside Next's react-server
// condition. node:crypto keeps it out of client bundles anyway.

/** The current key seals; previous keys (PINGPAGE_SECRET_KEY_PREVIOUS) only open. */
export type SecretKeyring = { current: Buffer; previous: Buffer[] };

export type SecretBox = {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** True when the value was sealed with a key other than the current one. */
  needsResealing(sealed: string): boolean;
};

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

const VERSION = "v1";
const SEALED = /^v1:([A-Za-z0-9_-]{8}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]*)$/;

/** A short public fingerprint of a key, so a sealed value names the key that opens it. */
export function keyId(key: Buffer): string {
  return createHash("sha256").update("pingpage:secret-box:").update(key).digest("base64url").slice(0, 8);
}

/** `v1:<keyId>:<iv>:<tag>:<ciphertext>`, each part base64url. */
export function isSealed(value: unknown): value is string {
  return typeof value === "string" && SEALED.test(value);
}

export function createSecretBox(keyring: SecretKeyring): SecretBox {
  for (const key of [keyring.current, ...keyring.previous]) {
    if (key.length !== 32) throw new SecretBoxError("A secret key must be 32 bytes");
  }
  const currentId = keyId(keyring.current);
  const keys = new Map<string, Buffer>();
  for (const key of [...keyring.previous].reverse()) keys.set(keyId(key), key);
  keys.set(currentId, keyring.current);

  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", keyring.current, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, currentId, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(":");
    },
    open(sealed) {
      const match = SEALED.exec(sealed);
      if (!match) throw new SecretBoxError("Not a sealed secret");
      const [, id = "", iv = "", tag = "", ciphertext = ""] = match;
      const key = keys.get(id);
      if (!key) {
        throw new SecretBoxError(`No key ${id} to open this secret: add the old key to PINGPAGE_SECRET_KEY_PREVIOUS`);
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
      } catch {
        throw new SecretBoxError("A sealed secret failed its integrity check (altered or wrong key)");
      }
    },
    needsResealing(sealed) {
      const match = SEALED.exec(sealed);
      return !match || match[1] !== currentId;
    },
  };
}

let defaultBox: SecretBox | undefined;

/** The box for this process's keys, built on first use so importing this module needs no key. */
export function secretBox(): SecretBox {
  if (!defaultBox) {
    if (!env.PINGPAGE_SECRET_KEY) {
      throw new SecretBoxError(
        "PINGPAGE_SECRET_KEY is not set. `npm start` generates one for the embedded database; " +
          "with DATABASE_URL set, generate one with: openssl rand -base64 32",
      );
    }
    defaultBox = createSecretBox({ current: env.PINGPAGE_SECRET_KEY, previous: env.PINGPAGE_SECRET_KEY_PREVIOUS });
  }
  return defaultBox;
}

export function sealSecret(plaintext: string): string {
  return secretBox().seal(plaintext);
}

export function openSecret(sealed: string): string {
  return secretBox().open(sealed);
}
