CREATE TYPE "public"."rollup_resolution" AS ENUM('minute', 'hour', 'day');--> statement-breakpoint
CREATE TABLE "check_rollups" (
	"check_id" uuid NOT NULL,
	"resolution" "rollup_resolution" NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"runs" integer NOT NULL,
	"successes" integer NOT NULL,
	"latency_sum" real DEFAULT 0 NOT NULL,
	"latency_min" real,
	"latency_max" real,
	"latency_p95" real,
	CONSTRAINT "check_rollups_check_id_resolution_bucket_start_pk" PRIMARY KEY("check_id","resolution","bucket_start")
);
--> statement-breakpoint
ALTER TABLE "check_rollups" ADD CONSTRAINT "check_rollups_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_rollups_bucket_idx" ON "check_rollups" USING btree ("resolution","bucket_start");