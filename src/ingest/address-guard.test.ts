import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forbiddenAddressKind } from './address-guard.js';

test('address-guard: loopback, private, link-local and multicast are refused; public ones pass', () => {
  const table: [string, string | null][] = [
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fd12:3456::1', 'private (unique local)'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified ("this network")'],
    ['100.64.0.1', 'shared (carrier-grade NAT)'],
    ['8.8.8.8', null],
    ['172.32.0.1', null],
    ['93.184.216.34', null],
    ['2606:4700::1111', null],
    ['::ffff:8.8.8.8', null],
  ];
  for (const [address, expected] of table) {
    assert.equal(forbiddenAddressKind(address), expected, `address-guard: ${address}`);
  }
});
