CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"resets_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspace_quotas" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"checks" integer,
	"min_interval_seconds" integer,
	"pages" integer,
	"members" integer,
	"regions_per_check" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sign_in_attempts" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "sign_in_attempts" CASCADE;--> statement-breakpoint
DROP INDEX "custom_domains_hostname_idx";--> statement-breakpoint
ALTER TABLE "custom_domains" ADD COLUMN "claim_expires_at" timestamp with time zone DEFAULT now() + interval '7 days';--> statement-breakpoint
ALTER TABLE "workspace_quotas" ADD CONSTRAINT "workspace_quotas_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_limits_resets_at_idx" ON "rate_limits" USING btree ("resets_at");--> statement-breakpoint
CREATE UNIQUE INDEX "custom_domains_verified_hostname_idx" ON "custom_domains" USING btree ("hostname") WHERE "custom_domains"."verified_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "custom_domains_page_hostname_idx" ON "custom_domains" USING btree ("page_id","hostname");--> statement-breakpoint
CREATE INDEX "custom_domains_hostname_idx" ON "custom_domains" USING btree ("hostname");