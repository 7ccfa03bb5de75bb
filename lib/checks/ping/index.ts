import { defineCheckType, lazy } from "../define";
import { pingType } from "./meta";
import { pingConfig } from "./schema";

const probe = lazy(() => import("./run"));

export const pingCheck = defineCheckType(pingType, {
  config: pingConfig,
  run: async (config, options) => (await probe()).runPing(config, options),
  describe: (config) => `Ping ${config.host}`,
});
