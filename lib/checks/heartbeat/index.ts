import { defineCheckType } from "../define";
import { heartbeatType } from "./meta";
import { heartbeatConfig } from "./schema";

/** Not probed: lib/services/heartbeats evaluates the stored pings with evaluateHeartbeat. */
export const heartbeatCheck = defineCheckType(heartbeatType, {
  config: heartbeatConfig,
  describe: () => "Heartbeat (push)",
});
