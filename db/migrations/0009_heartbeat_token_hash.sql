DROP INDEX "checks_heartbeat_token_idx";--> statement-breakpoint
ALTER TABLE "checks" ADD COLUMN "heartbeat_token_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "checks_heartbeat_token_hash_idx" ON "checks" USING btree ("heartbeat_token_hash");