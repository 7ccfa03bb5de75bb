ALTER TABLE "checks" ADD COLUMN "key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "checks_workspace_key_idx" ON "checks" USING btree ("workspace_id","key");