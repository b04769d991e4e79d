// Binary formats people mistake for articles, told by their first bytes ("magic numbers").

interface Signature {
  kind: string;
  bytes: (number | null)[]; // null: any byte
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { kind: 'PNG image', bytes: [0x89, ...ascii('PNG'), 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'PDF document', bytes: ascii('%PDF-') },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: ascii('GIF87a') },
  { kind: 'GIF image', bytes: ascii('GIF89a') },
  { kind: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')] },
  { kind: 'ZIP archive, e.g. .docx or .xlsx', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ZIP archive, e.g. .docx or .xlsx', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'legacy Office document (.doc/.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'UTF-16 text; only UTF-8 is read', bytes: [0xff, 0xfe] },
  { kind: 'UTF-16 text; only UTF-8 is read', bytes: [0xfe, 0xff] },
];

/**
 * What kind of binary file `bytes` is ("PNG image", …), "contains NUL bytes" for other
 * binary data, or null when it may be text.
 */
export function detectBinaryKind(bytes: Uint8Array): string | null {
  for (const { kind, bytes: signature } of SIGNATURES) {
    if (signature.length <= bytes.length && signature.every((b, i) => b === null || b === bytes[i])) return kind;
  }
  // Text never holds NUL; UTF-16 without a byte-order mark is caught here too.
  if (bytes.indexOf(0) !== -1) return 'contains NUL bytes';
  return null;
}
