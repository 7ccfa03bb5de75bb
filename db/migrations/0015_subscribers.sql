CREATE TABLE "page_subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"page_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"email" text,
	"url_sealed" text,
	"target_hash" text NOT NULL,
	"component_ids" uuid[],
	"group_names" text[],
	"confirmed_at" timestamp with time zone,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"manage_token_hash" text NOT NULL,
	"manage_token_sealed" text NOT NULL,
	"unsubscribed_at" timestamp with time zone,
	"bounced_at" timestamp with time zone,
	"bounce_reason" text,
	"source" text DEFAULT 'form' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "page_subscribers_channel_check" CHECK ("page_subscribers"."channel" in ('email', 'webhook', 'slack')),
	CONSTRAINT "page_subscribers_source_check" CHECK ("page_subscribers"."source" in ('form', 'import')),
	CONSTRAINT "page_subscribers_target_check" CHECK (("page_subscribers"."channel" = 'email') = ("page_subscribers"."email" is not null) and ("page_subscribers"."channel" = 'email') = ("page_subscribers"."url_sealed" is null))
);
--> statement-breakpoint
CREATE TABLE "subscriber_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" uuid NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"batch" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "subscriber_deliveries_status_check" CHECK ("subscriber_deliveries"."status" in ('pending', 'sending', 'sent', 'failed', 'bounced'))
);
--> statement-breakpoint
CREATE TABLE "subscriber_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"page_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"component_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "subscriber_channels" text[] DEFAULT '{email,webhook,slack}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "notify_component_changes" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "subscriber_signing_secret" text;--> statement-breakpoint
ALTER TABLE "page_subscribers" ADD CONSTRAINT "page_subscribers_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber_deliveries" ADD CONSTRAINT "subscriber_deliveries_message_id_subscriber_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."subscriber_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber_deliveries" ADD CONSTRAINT "subscriber_deliveries_subscriber_id_page_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."page_subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriber_messages" ADD CONSTRAINT "subscriber_messages_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "page_subscribers_target_idx" ON "page_subscribers" USING btree ("page_id","channel","target_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "page_subscribers_manage_token_idx" ON "page_subscribers" USING btree ("manage_token_hash");--> statement-breakpoint
CREATE INDEX "page_subscribers_confirm_token_idx" ON "page_subscribers" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE INDEX "page_subscribers_email_idx" ON "page_subscribers" USING btree ("email");--> statement-breakpoint
CREATE INDEX "page_subscribers_active_idx" ON "page_subscribers" USING btree ("page_id") WHERE "page_subscribers"."confirmed_at" is not null and "page_subscribers"."unsubscribed_at" is null and "page_subscribers"."bounced_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "subscriber_deliveries_pair_idx" ON "subscriber_deliveries" USING btree ("message_id","subscriber_id");--> statement-breakpoint
CREATE INDEX "subscriber_deliveries_batch_idx" ON "subscriber_deliveries" USING btree ("message_id","batch");--> statement-breakpoint
CREATE INDEX "subscriber_deliveries_subscriber_idx" ON "subscriber_deliveries" USING btree ("subscriber_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriber_messages_event_idx" ON "subscriber_messages" USING btree ("event_id","page_id");--> statement-breakpoint
CREATE INDEX "subscriber_messages_page_idx" ON "subscriber_messages" USING btree ("page_id","created_at");