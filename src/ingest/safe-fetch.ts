import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { InputError } from '../input/input-error.js';
import { tooLarge } from '../input/read-document.js';
import { forbiddenAddressKind } from './address-guard.js';

export interface FetchOptions {
  /** Allow loopback, private, link-local and multicast addresses (off by default: SSRF guard). */
  allowPrivate: boolean;
  /** Bodies larger than this (after decompression) are refused. */
  maxBytes: number;
  /** The whole fetch, redirects included, must finish within this many milliseconds. */
  timeoutMs: number;
  maxRedirects?: number;
  /** Why an address is refused, or null (default forbiddenAddressKind); tests narrow it. */
  addressPolicy?: (address: string) => string | null;
}

export interface FetchedResource {
  /** The URL the body came from, after redirects, without a fragment. */
  url: string;
  /** The media type without parameters, lower case ("text/html"), or null when absent. */
  mediaType: string | null;
  /** The charset parameter of Content-Type, lower case, or null. */
  charset: string | null;
  bytes: Buffer;
}

const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = 'Dossier/0.1 (news ingest; +https://www.npmjs.com/package/dossier)';
const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.9, */*;q=0.5';

/**
 * GET an http(s) URL with a deadline, a size limit and the SSRF guard: every host name is
 * resolved and each address checked at connection time (so DNS cannot swap in a private
 * address after the check), and every redirect target is checked again.
 * Throws InputError naming `url` with a one-line reason.
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedResource> {
  let current = parseHttpUrl(url);
  const deadline = Date.now() + options.timeoutMs;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  for (let redirects = 0; ; redirects++) {
    checkLiteralHost(url, current, options);
    const response = await request(url, current, options, deadline);
    const location = response.headers.location;
    if (response.statusCode! >= 300 && response.statusCode! < 400 && location) {
      response.resume();
      if (redirects >= maxRedirects) throw new InputError(url, `too many redirects (more than ${maxRedirects})`);
      current = parseHttpUrl(resolveLocation(location, current), url);
      continue;
    }
    if (response.statusCode! < 200 || response.statusCode! >= 300) {
      response.resume();
      throw new InputError(url, `HTTP ${response.statusCode}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBytes && !response.headers['content-encoding']) {
      response.destroy();
      throw new InputError(url, tooLarge(declared, options.maxBytes));
    }
    const bytes = await readBody(url, response, options.maxBytes, deadline);
    current.hash = '';
    return { url: current.href, ...parseContentType(response.headers['content-type']), bytes };
  }
}

/** A Location header against the URL it came from; an unparsable one is kept as written, for the error. */
function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    return location;
  }
}

function parseHttpUrl(value: string, input = value): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new InputError(input, `not a valid URL: ${value}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InputError(input, `unsupported URL scheme "${parsed.protocol}" in ${value}; only http and https are fetched`);
  }
  return parsed;
}

/** Node connects to an IP literal without a look-up, so those are checked here. */
function checkLiteralHost(input: string, url: URL, options: FetchOptions): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (options.allowPrivate || isIP(host) === 0) return;
  const kind = (options.addressPolicy ?? forbiddenAddressKind)(host);
  if (kind) throw new InputError(input, refusal(url.hostname, host, kind));
}

function refusal(hostname: string, address: string, kind: string): string {
  const where = hostname === address ? address : `${hostname} (${address})`;
  return `refused to fetch ${where}: ${kind} address; pass --allow-private to allow`;
}

/** A DNS look-up that fails for hosts resolving to any forbidden address. */
function guardedLookup(policy: (address: string) => string | null): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const kind = policy(address);
        if (kind) return callback(Object.assign(new Error(refusal(hostname, address, kind)), { code: 'EFORBIDDEN' }), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

function request(input: string, url: URL, options: FetchOptions, deadline: number): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(timedOut(input, options.timeoutMs));
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(url, {
      headers: { 'user-agent': USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
      lookup: options.allowPrivate ? undefined : guardedLookup(options.addressPolicy ?? forbiddenAddressKind),
      timeout: remaining,
    });
    req.on('timeout', () => req.destroy(timedOut(input, options.timeoutMs)));
    req.on('response', resolve);
    req.on('error', (error) => reject(error instanceof InputError ? error : new InputError(input, describeNetworkError(error, url))));
  });
}

function readBody(input: string, response: http.IncomingMessage, maxBytes: number, deadline: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const body = decoded(response);
    const chunks: Buffer[] = [];
    let total = 0;
    const timer = setTimeout(() => fail(timedOut(input, null)), Math.max(0, deadline - Date.now()));
    function fail(error: Error): void {
      clearTimeout(timer);
      response.destroy();
      if (body !== response) body.destroy();
      reject(error);
    }
    body.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) return fail(new InputError(input, tooLarge(null, maxBytes)));
      chunks.push(chunk);
    });
    body.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    body.on('error', (error) => fail(new InputError(input, `the response could not be read (${error.message})`)));
    if (body !== response) response.on('error', (error) => fail(new InputError(input, `the response could not be read (${error.message})`)));
  });
}

/** The body with its Content-Encoding undone; the size limit then applies to what is decoded. */
function decoded(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

function parseContentType(header: string | undefined): { mediaType: string | null; charset: string | null } {
  if (!header) return { mediaType: null, charset: null };
  const [type, ...params] = header.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return { mediaType: type!.trim().toLowerCase() || null, charset: charset ? charset.toLowerCase() : null };
}

function timedOut(input: string, timeoutMs: number | null): InputError {
  return new InputError(input, timeoutMs === null ? 'timed out while reading the response' : `timed out after ${timeoutMs / 1000} s`);
}

function describeNetworkError(error: Error, url: URL): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EFORBIDDEN') return error.message;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `host not found: ${url.hostname}`;
  if (code === 'ECONNREFUSED') return `connection refused by ${url.host}`;
  if (code === 'ECONNRESET') return `connection reset by ${url.host}`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `host unreachable: ${url.hostname}`;
  if (code && /^(CERT_|ERR_TLS|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code)) return `TLS certificate problem (${code}) at ${url.host}`;
  return `fetch failed (${code ?? error.message})`;
}
