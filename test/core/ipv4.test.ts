import {
  formatIpv4,
  inSubnet,
  isHostAddress,
  netmaskOf,
  parseIpv4,
  parseIpv4Interface,
  subnetsOverlap,
} from "../../lib/core/ipv4";

describe("IPv4 helpers", () => {
  test("parse and format round-trip; bad input is undefined", () => {
    expect(formatIpv4(parseIpv4("203.0.113.254")!)).toBe("203.0.113.254");
    for (const bad of ["256.1.1.1", "1.2.3", "01.2.3.4x", "", "1.2.3.4/24"]) expect(parseIpv4(bad)).toBeUndefined();
  });

  test("interfaces know their subnet", () => {
    const a = parseIpv4Interface("10.0.100.2/30")!;
    expect(formatIpv4(a.network)).toBe("10.0.100.0");
    expect(formatIpv4(a.broadcast)).toBe("10.0.100.3");
    expect(inSubnet(a, parseIpv4("10.0.100.1")!)).toBe(true);
    expect(inSubnet(a, parseIpv4("10.0.100.4")!)).toBe(false);
    expect(parseIpv4Interface("10.0.0.1/33")).toBeUndefined();
  });

  test("netmasks, overlaps and host addresses", () => {
    expect(netmaskOf(24)).toBe("255.255.255.0");
    expect(netmaskOf(30)).toBe("255.255.255.252");
    expect(netmaskOf(0)).toBe("0.0.0.0");
    expect(subnetsOverlap(parseIpv4Interface("10.0.0.1/24")!, parseIpv4Interface("10.0.0.200/25")!)).toBe(true);
    expect(subnetsOverlap(parseIpv4Interface("10.0.0.1/25")!, parseIpv4Interface("10.0.0.200/25")!)).toBe(false);
    expect(isHostAddress(parseIpv4Interface("10.0.0.0/24")!)).toBe(false);
    expect(isHostAddress(parseIpv4Interface("10.0.0.0/31")!)).toBe(true);
  });
});
