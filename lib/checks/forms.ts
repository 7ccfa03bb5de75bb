import { CompositeFields } from "./composite/form";
import { compositeType } from "./composite/meta";
import { DnsFields } from "./dns/form";
import { dnsType } from "./dns/meta";
import type { CheckTypeForm } from "./form-section";
import { HeartbeatFields } from "./heartbeat/form";
import { heartbeatType } from "./heartbeat/meta";
import { HttpFields } from "./http/form";
import { httpType } from "./http/meta";
import { PingFields } from "./ping/form";
import { pingType } from "./ping/meta";
import { TcpFields } from "./tcp/form";
import { tcpType } from "./tcp/meta";
import { TlsFields } from "./tls/form";
import { tlsType } from "./tls/meta";

/**
 * The check form's sections, one per type, in the order of ./registry.ts. The browser imports
 * this list, so it names only each folder's meta and form: never its schema module or probe.
 */
export const checkTypeForms: CheckTypeForm[] = [
  { ...httpType, Fields: HttpFields },
  { ...tcpType, Fields: TcpFields },
  { ...dnsType, Fields: DnsFields },
  { ...tlsType, Fields: TlsFields },
  { ...pingType, Fields: PingFields },
  { ...heartbeatType, Fields: HeartbeatFields },
  { ...compositeType, Fields: CompositeFields },
];
