import { BlockList, isIP } from 'node:net';

// Addresses a fetch must not reach unless the user allows it: otherwise a URL in a feed
// could make Dossier read the machine's own services or the local network (SSRF).
const FORBIDDEN_V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const FORBIDDEN_V6: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'private (unique local)'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
];

const lists = [...FORBIDDEN_V4.map((r) => [...r, 'ipv4'] as const), ...FORBIDDEN_V6.map((r) => [...r, 'ipv6'] as const)].map(
  ([network, prefix, kind, family]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return { list, kind };
  },
);

/**
 * Why `address` (an IP literal) may not be fetched ("loopback", "private", …), or null
 * when it is a public address. IPv4 written inside IPv6 (::ffff:127.0.0.1) is judged as IPv4.
 */
export function forbiddenAddressKind(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  let checked = address;
  let checkedFamily: 'ipv4' | 'ipv6' = family === 4 ? 'ipv4' : 'ipv6';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) {
    checked = mapped[1]!;
    checkedFamily = 'ipv4';
  }
  for (const { list, kind } of lists) if (list.check(checked, checkedFamily)) return kind;
  return null;
}
