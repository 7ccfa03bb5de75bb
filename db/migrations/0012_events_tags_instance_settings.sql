CREATE TABLE "reactions" (
	"event_id" uuid NOT NULL,
	"task" text NOT NULL,
	"event_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reactions_event_id_task_pk" PRIMARY KEY("event_id","task")
);
--> statement-breakpoint
CREATE TABLE "check_tags" (
	"check_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	CONSTRAINT "check_tags_check_id_tag_id_pk" PRIMARY KEY("check_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"colour" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tags_name_length" CHECK (char_length("tags"."name") between 1 and 40)
);
--> statement-breakpoint
ALTER TABLE "incident_updates" ADD COLUMN "notify" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "scheduler_workers" ADD COLUMN "job_pool_id" text;--> statement-breakpoint
ALTER TABLE "instance_settings" ADD COLUMN "signup_mode" text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE "instance_settings" ADD COLUMN "allow_private_targets" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "instance_settings" ADD COLUMN "default_quotas" jsonb;--> statement-breakpoint
ALTER TABLE "check_tags" ADD CONSTRAINT "check_tags_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_tags" ADD CONSTRAINT "check_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tags" ADD CONSTRAINT "tags_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reactions_done_idx" ON "reactions" USING btree ("done_at");--> statement-breakpoint
CREATE INDEX "check_tags_tag_idx" ON "check_tags" USING btree ("tag_id","check_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tags_workspace_name_idx" ON "tags" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
ALTER TABLE "instance_settings" ADD CONSTRAINT "instance_settings_signup_mode_check" CHECK ("instance_settings"."signup_mode" in ('open', 'invite_only', 'closed'));