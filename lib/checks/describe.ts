import type { CheckConfig } from "@/lib/schemas/check-config";

/** One line naming what a check probes, for lists and headings. */
export function describeTarget(config: CheckConfig): string {
  switch (config.type) {
    case "http":
      return `${config.method} ${config.url}`;
    case "tcp":
      return `TCP ${config.host}:${config.port}`;
    case "dns":
      return `DNS ${config.recordType} ${config.hostname}`;
    case "tls":
      return `TLS certificate of ${config.host}:${config.port}`;
    case "ping":
      return `Ping ${config.host}`;
    case "heartbeat":
      return "Heartbeat (push)";
    case "composite":
      return `All of ${config.checkIds.length} checks`;
  }
}
