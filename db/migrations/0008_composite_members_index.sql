-- The composite trigger (0004) looks up, for every check whose state changes, the composites that
-- list it. Without this index that is a scan of the workspace's checks per changed row: quadratic
-- when a batch moves thousands of checks at once (a workspace's first runs, a network blip).
CREATE INDEX IF NOT EXISTS "checks_composite_members_idx" ON "checks" USING gin ((config -> 'checkIds')) WHERE type = 'composite';
