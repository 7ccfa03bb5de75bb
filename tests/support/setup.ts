import { afterAll } from "vitest";
import { closeDb } from "@/lib/db";

// Each test file gets its own pool; close it so files never pile up idle connections.
afterAll(async () => {
  await closeDb();
});
