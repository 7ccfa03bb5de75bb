CREATE TABLE "reactions" (
	"event_id" uuid NOT NULL,
	"task" text NOT NULL,
	"event_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reactions_event_id_task_pk" PRIMARY KEY("event_id","task")
);
--> statement-breakpoint
ALTER TABLE "scheduler_workers" ADD COLUMN "job_pool_id" text;--> statement-breakpoint
CREATE INDEX "reactions_done_idx" ON "reactions" USING btree ("done_at");