-- Raw runs are dropped a whole day at a time, never deleted row by row. With TimescaleDB loaded,
-- check_runs becomes a hypertable with compression and a retention policy; on plain PostgreSQL it
-- becomes a table partitioned by UTC day on started_at, with a default partition as a safety net.
-- Either way the same queries work, and any unique index on check_runs must include started_at.

-- Creates the partition of one UTC day, moving in any rows the default partition caught for it.
CREATE OR REPLACE FUNCTION check_runs_create_partition(day date) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
  part text := format('check_runs_p%s', to_char(day, 'YYYYMMDD'));
  lo timestamptz := day::timestamp AT TIME ZONE 'UTC';
  hi timestamptz := (day + 1)::timestamp AT TIME ZONE 'UTC';
  stray boolean;
BEGIN
  IF to_regclass(part) IS NOT NULL THEN
    RETURN false;
  END IF;
  -- PostgreSQL refuses a new partition while the default one holds rows of its range.
  SELECT exists (SELECT 1 FROM check_runs_default WHERE started_at >= lo AND started_at < hi) INTO stray;
  IF stray THEN
    CREATE TEMP TABLE IF NOT EXISTS check_runs_moving (LIKE check_runs) ON COMMIT DROP;
    WITH moved AS (DELETE FROM check_runs_default WHERE started_at >= lo AND started_at < hi RETURNING *)
    INSERT INTO check_runs_moving SELECT * FROM moved;
  END IF;
  EXECUTE format('CREATE TABLE %I PARTITION OF check_runs FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
  IF stray THEN
    INSERT INTO check_runs SELECT * FROM check_runs_moving;
    TRUNCATE check_runs_moving;
  END IF;
  RETURN true;
END $$;
--> statement-breakpoint

-- Called hourly by the worker (and by tests with a fixed `at`): keeps raw runs for keep_days whole
-- UTC days before today. Partitioned: creates the next days' partitions and drops expired ones.
-- Hypertable: makes TimescaleDB's retention policy match keep_days.
CREATE OR REPLACE FUNCTION check_runs_maintain(keep_days integer, days_ahead integer DEFAULT 3, at timestamptz DEFAULT now())
RETURNS TABLE (created integer, dropped integer)
LANGUAGE plpgsql AS $$
DECLARE
  today date := (at AT TIME ZONE 'UTC')::date;
  cutoff date := today - keep_days;
  part record;
  policy_drop_after interval;
BEGIN
  created := 0;
  dropped := 0;
  PERFORM pg_advisory_xact_lock(7215334002);
  -- DDL on check_runs queues behind long readers and blocks writers meanwhile: give up instead.
  PERFORM set_config('lock_timeout', '5s', true);
  IF exists (SELECT 1 FROM pg_partitioned_table WHERE partrelid = 'check_runs'::regclass) THEN
    FOR d IN 0..days_ahead LOOP
      IF check_runs_create_partition(today + d) THEN
        created := created + 1;
      END IF;
    END LOOP;
    FOR part IN
      SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = 'check_runs'::regclass AND c.relname ~ '^check_runs_p[0-9]{8}$'
        AND to_date(substr(c.relname, 13), 'YYYYMMDD') < cutoff
    LOOP
      EXECUTE format('DROP TABLE %I', part.relname);
      dropped := dropped + 1;
    END LOOP;
    DELETE FROM check_runs_default WHERE started_at < cutoff::timestamp AT TIME ZONE 'UTC';
  ELSIF exists (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb') THEN
    EXECUTE $q$SELECT (config->>'drop_after')::interval FROM timescaledb_information.jobs
               WHERE proc_name = 'policy_retention' AND hypertable_name = 'check_runs'$q$ INTO policy_drop_after;
    IF policy_drop_after IS DISTINCT FROM make_interval(days => keep_days) THEN
      EXECUTE $q$SELECT remove_retention_policy('check_runs', if_exists => true)$q$;
      EXECUTE format($q$SELECT add_retention_policy('check_runs', drop_after => %L::interval)$q$, keep_days || ' days');
    END IF;
  END IF;
  RETURN NEXT;
END $$;
--> statement-breakpoint

DO $$
DECLARE
  timescale boolean := exists (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb')
    OR (exists (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb')
        AND current_setting('shared_preload_libraries', true) ILIKE '%timescaledb%');
  day date;
BEGIN
  IF exists (SELECT 1 FROM pg_partitioned_table WHERE partrelid = 'check_runs'::regclass) THEN
    RETURN;
  END IF;

  IF timescale THEN
    CREATE EXTENSION IF NOT EXISTS timescaledb;
    -- Converting with data checks the foreign key; TimescaleDB's docs advise this lock against deadlocks.
    LOCK TABLE checks IN SHARE ROW EXCLUSIVE MODE;
    PERFORM create_hypertable('check_runs', by_range('started_at', INTERVAL '1 day'), if_not_exists => true, migrate_data => true);
    ALTER TABLE check_runs SET (
      timescaledb.compress,
      timescaledb.compress_segmentby = 'check_id',
      timescaledb.compress_orderby = 'started_at DESC'
    );
    PERFORM add_compression_policy('check_runs', INTERVAL '3 days', if_not_exists => true);
    -- RUN_RETENTION_DAYS may differ: the worker's hourly check_runs_maintain() re-sets the policy.
    PERFORM add_retention_policy('check_runs', drop_after => INTERVAL '30 days', if_not_exists => true);
    RETURN;
  END IF;

  ALTER TABLE check_runs RENAME TO check_runs_unpartitioned;
  ALTER INDEX check_runs_check_time_idx RENAME TO check_runs_unpartitioned_check_time_idx;
  ALTER TABLE check_runs_unpartitioned RENAME CONSTRAINT check_runs_check_id_checks_id_fk TO check_runs_unpartitioned_check_id_fk;

  CREATE TABLE check_runs (LIKE check_runs_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
    PARTITION BY RANGE (started_at);
  ALTER TABLE check_runs ADD CONSTRAINT check_runs_check_id_checks_id_fk
    FOREIGN KEY (check_id) REFERENCES checks(id) ON DELETE CASCADE;
  CREATE INDEX check_runs_check_time_idx ON check_runs (check_id, started_at DESC);
  -- Rollups read "the last few minutes of every check": runs arrive in time order, so BRIN is tiny and enough.
  CREATE INDEX check_runs_started_brin ON check_runs USING brin (started_at);
  CREATE TABLE check_runs_default PARTITION OF check_runs DEFAULT;

  FOR day IN
    SELECT DISTINCT (started_at AT TIME ZONE 'UTC')::date FROM check_runs_unpartitioned
    UNION SELECT (now() AT TIME ZONE 'UTC')::date + n FROM generate_series(0, 3) AS n
  LOOP
    PERFORM check_runs_create_partition(day);
  END LOOP;
  INSERT INTO check_runs SELECT * FROM check_runs_unpartitioned;
  DROP TABLE check_runs_unpartitioned;
END $$;
