ALTER TABLE "checks" ADD COLUMN "last_ping_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "checks" ADD COLUMN "active_since" timestamp with time zone DEFAULT now() NOT NULL;