import type { Extraction } from '../extract/extraction.js';

/** A few lines a person can read: title, date, boilerplate, and the entities by type. */
export function formatSummary(file: string, extraction: Extraction): string {
  const lines = [
    file,
    `  title:       ${extraction.title ?? '(none found)'}`,
    `  published:   ${extraction.published ?? '(not stated)'}`,
    `  boilerplate: ${extraction.boilerplate.length} span(s)`,
  ];
  const byType = new Map<string, Map<string, number>>();
  for (const entity of extraction.entities) {
    const names = byType.get(entity.type) ?? new Map<string, number>();
    const label = entity.value ? `${entity.text} = ${entity.value}` : entity.text;
    names.set(label, (names.get(label) ?? 0) + 1);
    byType.set(entity.type, names);
  }
  for (const [type, names] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) {
    const listed = [...names].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name)).join(', ');
    lines.push(`  ${type.padEnd(11)}  ${listed}`);
  }
  return lines.join('\n');
}
