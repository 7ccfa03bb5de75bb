-- Composites now follow their members through the check.status_changed event, whose reactions are
-- queued in the transaction that records the change (worker/tasks/composites__follow_member.ts).
DROP TRIGGER IF EXISTS checks_status_changed ON checks;
--> statement-breakpoint
DROP FUNCTION IF EXISTS checks_queue_composite_evaluation();
