ALTER TABLE "instance_settings" ADD COLUMN "signup_mode" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "instance_settings" ADD COLUMN "allow_private_targets" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "instance_settings" ADD COLUMN "default_quotas" jsonb;--> statement-breakpoint
ALTER TABLE "instance_settings" ADD CONSTRAINT "instance_settings_signup_mode_check" CHECK ("instance_settings"."signup_mode" in ('open', 'invite_only', 'closed'));