import { defineCheckType, lazy } from "../define";
import { httpType } from "./meta";
import { httpConfig, storedHttpConfig } from "./schema";

const probe = lazy(() => import("./run"));

export const httpCheck = defineCheckType(httpType, {
  config: httpConfig,
  storedConfig: storedHttpConfig,
  run: async (config, options) => (await probe()).runHttp(config, options),
  describe: (config) => `${config.method} ${config.url}`,
});
