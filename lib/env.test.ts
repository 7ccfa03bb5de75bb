import { describe, expect, it } from "vitest";
import { checkDnsServers, defaultCheckDnsServers } from "./env";

describe("checkDnsServers", () => {
  it("uses public resolvers in hosted mode, never the system's", () => {
    expect(checkDnsServers({ CHECK_DNS_SERVERS: undefined, ALLOW_PRIVATE_TARGETS: false })).toEqual(defaultCheckDnsServers);
    expect(defaultCheckDnsServers).toEqual(["1.1.1.1:53", "8.8.8.8:53"]);
  });

  it("lets a self-hosted install keep its system resolver unless told otherwise", () => {
    expect(checkDnsServers({ CHECK_DNS_SERVERS: undefined, ALLOW_PRIVATE_TARGETS: true })).toBeUndefined();
    expect(checkDnsServers({ CHECK_DNS_SERVERS: "9.9.9.9", ALLOW_PRIVATE_TARGETS: true })).toEqual(["9.9.9.9:53"]);
  });

  it("reads the operator's list with ports and IPv6", () => {
    const servers = checkDnsServers({ CHECK_DNS_SERVERS: " 1.1.1.1:5353, [2606:4700::1111]:53 ,", ALLOW_PRIVATE_TARGETS: false });
    expect(servers).toEqual(["1.1.1.1:5353", "[2606:4700::1111]:53"]);
  });
});
