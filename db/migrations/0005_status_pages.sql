CREATE TYPE "public"."auto_incident_mode" AS ENUM('off', 'draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."page_theme" AS ENUM('system', 'light', 'dark');--> statement-breakpoint
ALTER TABLE "custom_domains" ADD COLUMN "failed_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "page_components" ADD COLUMN "show_response_time" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "theme" "page_theme" DEFAULT 'system' NOT NULL;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "auto_incidents" "auto_incident_mode" DEFAULT 'published' NOT NULL;--> statement-breakpoint
CREATE INDEX "incident_components_component_idx" ON "incident_components" USING btree ("component_id");--> statement-breakpoint
CREATE INDEX "maintenance_components_component_idx" ON "maintenance_components" USING btree ("component_id");--> statement-breakpoint
CREATE INDEX "maintenance_updates_maintenance_idx" ON "maintenance_updates" USING btree ("maintenance_id","created_at");