-- Heartbeat pings are matched by the token's sha256 from now on. Tokens saved before this are still
-- plain text here: hash them so their URLs keep working. Sealing the plain text needs the key, which
-- the database never sees: the launcher does that at start (db/seal-secrets.ts).
UPDATE "checks"
SET "heartbeat_token_hash" = encode(sha256(convert_to("heartbeat_token", 'UTF8')), 'hex')
WHERE "heartbeat_token" IS NOT NULL AND "heartbeat_token" NOT LIKE 'v1:%' AND "heartbeat_token_hash" IS NULL;
