CREATE TABLE "check_schedules" (
	"check_id" uuid NOT NULL,
	"region" text NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	CONSTRAINT "check_schedules_check_id_region_pk" PRIMARY KEY("check_id","region")
);
--> statement-breakpoint
CREATE TABLE "scheduler_leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"worker_id" text NOT NULL,
	"region" text NOT NULL,
	"check_ids" uuid[] NOT NULL,
	"regions" text[] NOT NULL,
	"slots" timestamp with time zone[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduler_workers" (
	"id" text PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"host" text NOT NULL,
	"pid" integer NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checks" ADD COLUMN "quorum" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "checks" ADD COLUMN "region_states" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "check_schedules" ADD CONSTRAINT "check_schedules_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_schedules_due_idx" ON "check_schedules" USING btree ("region","next_run_at");--> statement-breakpoint
CREATE INDEX "scheduler_leases_worker_idx" ON "scheduler_leases" USING btree ("worker_id");--> statement-breakpoint
ALTER TABLE "checks" ADD CONSTRAINT "checks_quorum_positive" CHECK ("checks"."quorum" >= 1);--> statement-breakpoint
-- Hand-written from here: the slot grid, room for HOT updates, and the move from one job per run.
-- A check's slots sit on a grid of its interval, shifted by a phase taken from its id, so checks
-- with one interval are spread over it. Mirrored in TypeScript by lib/checks/slots.ts.
CREATE OR REPLACE FUNCTION pingpage_next_slot(check_id uuid, interval_seconds integer, after timestamptz)
RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  select to_timestamp((phase + step * (floor((extract(epoch from after) * 1000 - phase) / step) + 1)) / 1000.0)
  from (select interval_seconds::bigint * 1000 as step,
               ('x' || left(replace(check_id::text, '-', ''), 8))::bit(32)::bigint % (interval_seconds::bigint * 1000) as phase) grid
$$;--> statement-breakpoint
-- Every run rewrites its check's state and every claim its schedule row: leave room on each page
-- so the new row versions land on the same page (for checks, HOT: no index entries at all).
ALTER TABLE "checks" SET (fillfactor = 70);--> statement-breakpoint
ALTER TABLE "check_schedules" SET (fillfactor = 70);--> statement-breakpoint
INSERT INTO "check_schedules" ("check_id", "region", "next_run_at")
SELECT c.id, r.region, date_trunc('milliseconds', now())
FROM "checks" c
CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.regions) = 0 THEN ARRAY['*'] ELSE c.regions END) AS r(region)
WHERE NOT c.paused AND c.type NOT IN ('heartbeat', 'composite')
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Runs are no longer one graphile-worker job each: drop the queued ones when the schema exists.
DO $$
BEGIN
  IF to_regclass('graphile_worker._private_jobs') IS NOT NULL THEN
    DELETE FROM graphile_worker._private_jobs
    WHERE task_id IN (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'check__run');
  END IF;
END $$;
