import { Client } from "pg";
import { resealCheckSecrets, resealValue } from "@/lib/crypto/check-secrets";
import { SecretBoxError, type SecretBox } from "@/lib/crypto/secret-box";

/**
 * Text columns that hold one sealed secret each. Add a row here when a feature stores one
 * (a TOTP secret, an alert channel's token) so `npm run secrets:rotate` re-seals it too.
 */
export const sealedColumns: { table: string; id: string; column: string }[] = [
  { table: "checks", id: "id", column: "heartbeat_token" },
  { table: "alert_channels", id: "id", column: "secrets" },
  { table: "pages", id: "id", column: "subscriber_signing_secret" },
  { table: "page_subscribers", id: "id", column: "url_sealed" },
  { table: "page_subscribers", id: "id", column: "manage_token_sealed" },
];

const LOCK_KEY = 7_215_334_002; // one re-sealing at a time across processes

/** `unreadable`: values sealed under a key this process lacks; left as they are, see sealStoredSecrets. */
export type SealReport = { checkSettings: number; columns: number; unreadable: number };

/**
 * Seals secrets stored in plain text (rows from before encryption) and re-seals values sealed with
 * a previous key. Idempotent: a second run changes nothing. Runs at start and on key rotation.
 * Each row is written only if unchanged since it was read, so no lock is held over live edits.
 * A value sealed under a key this process lacks is left alone and counted: one such row must not keep
 * the whole instance from starting (the check or channel using it reports the missing key instead).
 */
export async function sealStoredSecrets(connectionString: string, box: SecretBox): Promise<SealReport> {
  const client = new Client({ connectionString });
  await client.connect();
  const report: SealReport = { checkSettings: 0, columns: 0, unreadable: 0 };
  try {
    await client.query("select pg_advisory_lock($1)", [LOCK_KEY]);
    const { rows } = await client.query<{ id: string; config: unknown }>("select id, config from checks where type = 'http'");
    for (const row of rows) {
      const resealed = readable(() => resealCheckSecrets(row.config, box), report);
      if (resealed === undefined) continue;
      if (JSON.stringify(resealed) === JSON.stringify(row.config)) continue;
      const updated = await client.query("update checks set config = $2 where id = $1 and config = $3::jsonb", [
        row.id,
        JSON.stringify(resealed),
        JSON.stringify(row.config),
      ]);
      report.checkSettings += updated.rowCount ?? 0;
    }
    // Pings match by hash: tokens saved before hashing get theirs before their plain text is sealed.
    await client.query(
      `update checks set heartbeat_token_hash = encode(sha256(convert_to(heartbeat_token, 'UTF8')), 'hex')
       where heartbeat_token is not null and heartbeat_token not like 'v1:%' and heartbeat_token_hash is null`,
    );
    for (const { table, id, column } of sealedColumns) {
      const { rows: values } = await client.query<{ id: string; value: string }>(
        `select "${id}" as id, "${column}" as value from "${table}" where "${column}" is not null`,
      );
      for (const value of values) {
        const resealed = readable(() => resealValue(value.value, box), report);
        if (resealed === undefined) continue;
        if (resealed === value.value) continue;
        const updated = await client.query(`update "${table}" set "${column}" = $2 where "${id}" = $1 and "${column}" = $3`, [value.id, resealed, value.value]);
        report.columns += updated.rowCount ?? 0;
      }
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
  return report;
}

/** The resealed value, or undefined (counted) when the value is sealed under a key we do not have. */
function readable<T>(reseal: () => T, report: SealReport): T | undefined {
  try {
    return reseal();
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    report.unreadable++;
    return undefined;
  }
}
