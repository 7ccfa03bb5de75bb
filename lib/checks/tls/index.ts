import { defineCheckType, lazy } from "../define";
import { tlsType } from "./meta";
import { tlsConfig } from "./schema";

const probe = lazy(() => import("./run"));

export const tlsCheck = defineCheckType(tlsType, {
  config: tlsConfig,
  run: async (config, options) => (await probe()).runTls(config, options),
  describe: (config) => `TLS certificate of ${config.host}:${config.port}`,
});
