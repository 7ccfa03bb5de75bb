-- When a check's state changes, every composite check that lists it (in the same workspace) gets an
-- evaluation job at once; the worker's per-minute sweep is the safety net. The WHEN clause keeps
-- this off the hot path: most runs do not change a check's state.
CREATE OR REPLACE FUNCTION checks_queue_composite_evaluation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM graphile_worker.add_job(
    'composite__evaluate',
    json_build_object('checkId', c.id::text),
    job_key := 'composite:' || c.id::text,
    job_key_mode := 'replace',
    max_attempts := 3
  )
  FROM checks c
  WHERE c.workspace_id = NEW.workspace_id
    AND c.type = 'composite'
    AND NOT c.paused
    AND c.id <> NEW.id
    AND c.config->'checkIds' ? NEW.id::text;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS checks_status_changed ON checks;
--> statement-breakpoint
CREATE TRIGGER checks_status_changed
  AFTER UPDATE OF status ON checks
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION checks_queue_composite_evaluation();
