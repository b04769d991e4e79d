// Readers for the two geoparsing gold sets: LGL (local US news, GeoNames coordinates) and
// GeoVirus (Wikinews disease reports, Wikipedia coordinates). Offsets are checked against
// the text; a toponym whose span does not spell its name is counted and left out.

export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  lat: number;
  lon: number;
}

export interface GeoDocument {
  text: string;
  toponyms: GoldToponym[];
}

export interface GeoGold {
  documents: GeoDocument[];
  /** Toponyms left out: no coordinates in the gold, an empty span, or a span that does not match its name. */
  skipped: number;
}

/** LGL's lgl.xml: `<article><text><![CDATA[…]]></text><toponyms><toponym>…<gaztag><lat>…`. */
export function parseLgl(xml: string): GeoGold {
  const documents: GeoDocument[] = [];
  let skipped = 0;
  for (const article of elements(xml, 'article')) {
    const text = cdataOrText(first(article, 'text') ?? '');
    const toponyms: GoldToponym[] = [];
    for (const toponym of elements(article, 'toponym')) {
      const start = Number(first(toponym, 'start'));
      const end = Number(first(toponym, 'end'));
      const phrase = decodeEntities(first(toponym, 'phrase') ?? '');
      const lat = Number(first(toponym, 'lat') ?? NaN);
      const lon = Number(first(toponym, 'lon') ?? NaN);
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || text.slice(start, end) !== phrase) { skipped++; continue; }
      toponyms.push({ start, end, text: phrase, lat, lon });
    }
    documents.push({ text, toponyms });
  }
  return { documents, skipped };
}

/** GeoVirus.xml; its offsets are one too high (the span is text[start-1, end-1]). */
export function parseGeoVirus(xml: string): GeoGold {
  const documents: GeoDocument[] = [];
  let skipped = 0;
  for (const article of elements(xml, 'article')) {
    const text = cdataOrText(first(article, 'text') ?? '');
    const toponyms: GoldToponym[] = [];
    for (const location of elements(article, 'location')) {
      const start = Number(first(location, 'start')) - 1;
      const end = Number(first(location, 'end')) - 1;
      const name = decodeEntities(first(location, 'name') ?? '');
      const lat = Number(first(location, 'lat') ?? NaN);
      const lon = Number(first(location, 'lon') ?? NaN);
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || end <= start || text.slice(start, end) !== name) { skipped++; continue; }
      toponyms.push({ start, end, text: name, lat, lon });
    }
    documents.push({ text, toponyms });
  }
  return { documents, skipped };
}

function elements(xml: string, tag: string): string[] {
  const out: string[] = [];
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  for (const match of xml.matchAll(pattern)) out.push(match[1]!);
  return out;
}

function first(xml: string, tag: string): string | undefined {
  return elements(xml, tag)[0];
}

function cdataOrText(inner: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(inner);
  return cdata ? cdata[1]! : decodeEntities(inner);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const name = entity.toLowerCase();
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!;
  });
}
