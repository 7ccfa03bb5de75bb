import { z } from "zod";
import { compositeConfig } from "./check-config/composite";
import { dnsConfig } from "./check-config/dns";
import { heartbeatConfig } from "./check-config/heartbeat";
import { httpConfig, storedHttpConfig } from "./check-config/http";
import { pingConfig } from "./check-config/ping";
import { tcpConfig } from "./check-config/tcp";
import { tlsConfig } from "./check-config/tls";

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
} from "./check-config/http";
export { compositeConfig, type CompositeConfig } from "./check-config/composite";
export { dnsConfig, dnsRecordType, formatResolverAddress, parseResolverAddress, type DnsConfig, type DnsRecordType } from "./check-config/dns";
export { heartbeatConfig, type HeartbeatConfig } from "./check-config/heartbeat";
export { pingConfig, type PingConfig } from "./check-config/ping";
export { abusePronePorts, tcpConfig, tcpSendRefusal, type TcpConfig } from "./check-config/tcp";
export { tlsConfig, type TlsConfig } from "./check-config/tls";

/** Every check's settings, keyed by `type`; each type's schema lives in `check-config/<type>.ts`. */
export const checkConfig = z.discriminatedUnion("type", [
  httpConfig,
  tcpConfig,
  dnsConfig,
  tlsConfig,
  pingConfig,
  heartbeatConfig,
  compositeConfig,
]);
export type CheckConfig = z.infer<typeof checkConfig>;

/** A saved check's settings, read back for the dashboard; only checks being saved must meet today's rules. */
export const storedCheckConfig = z.discriminatedUnion("type", [
  storedHttpConfig,
  tcpConfig,
  dnsConfig,
  tlsConfig,
  pingConfig,
  heartbeatConfig,
  compositeConfig,
]);

/** Types the worker probes on a schedule; heartbeat and composite are evaluated from stored state. */
export type ProbedCheckConfig = Exclude<CheckConfig, { type: "heartbeat" | "composite" }>;
