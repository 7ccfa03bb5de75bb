import { defineCheckType, lazy } from "../define";
import { tcpType } from "./meta";
import { tcpConfig } from "./schema";

const probe = lazy(() => import("./run"));

export const tcpCheck = defineCheckType(tcpType, {
  config: tcpConfig,
  run: async (config, options) => (await probe()).runTcp(config, options),
  describe: (config) => `TCP ${config.host}:${config.port}`,
});
