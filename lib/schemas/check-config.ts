import { z } from "zod";
import { checkTypes, type ConfigSchemas, type ProbedTypeName, type StoredConfigSchemas } from "@/lib/checks/registry";

export { compositeConfig, compositeRule, type CompositeConfig, type CompositeRule } from "@/lib/checks/composite/schema";
export { dnsConfig, dnsRecordType, formatResolverAddress, parseResolverAddress, type DnsConfig, type DnsRecordType } from "@/lib/checks/dns/schema";
export { heartbeatConfig, type HeartbeatConfig } from "@/lib/checks/heartbeat/schema";
export {
  bodyAssertion,
  headerAssertion,
  httpAssertion,
  httpConfig,
  jsonPathAssertion,
  responseTimeAssertion,
  statusAssertion,
  type HttpAssertion,
  type HttpConfig,
} from "@/lib/checks/http/schema";
export { pingConfig, type PingConfig } from "@/lib/checks/ping/schema";
export { abusePronePorts, tcpConfig, tcpSendRefusal, type TcpConfig } from "@/lib/checks/tcp/schema";
export { tlsConfig, type TlsConfig } from "@/lib/checks/tls/schema";

/** Every check's settings, keyed by `type`; each type's schema lives in `lib/checks/<type>/schema.ts`. */
export const checkConfig = z.discriminatedUnion("type", checkTypes.map((definition) => definition.config) as unknown as ConfigSchemas);
export type CheckConfig = z.infer<typeof checkConfig>;

/** A saved check's settings, read back for the dashboard; only checks being saved must meet today's rules. */
export const storedCheckConfig = z.discriminatedUnion("type", checkTypes.map((definition) => definition.storedConfig) as unknown as StoredConfigSchemas);

/** Types the worker probes on a schedule; heartbeat and composite are evaluated from stored state. */
export type ProbedCheckConfig = Extract<CheckConfig, { type: ProbedTypeName }>;
