import { defineCheckType, lazy } from "../define";
import { dnsType } from "./meta";
import { dnsConfig } from "./schema";

const probe = lazy(() => import("./run"));

export const dnsCheck = defineCheckType(dnsType, {
  config: dnsConfig,
  run: async (config, options) => (await probe()).runDns(config, options),
  describe: (config) => `DNS ${config.recordType} ${config.hostname}`,
});
