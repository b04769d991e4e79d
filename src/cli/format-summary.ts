import type { Extraction } from '../extract/extraction.js';

/** A few lines a person can read: title, date, boilerplate, entities by type, events, quotes. */
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
  const name = (id: string) => extraction.entities.find((e) => e.id === id)?.text ?? id;
  for (const event of extraction.events) {
    const who = event.actors.map(name).join(', ');
    const whom = event.targets.map(name).join(', ');
    const where = event.location ? ` in ${name(event.location)}` : '';
    lines.push(`  event        ${event.type} “${event.trigger.text}”${who ? ` by ${who}` : ''}${whom ? ` → ${whom}` : ''}${where}${event.date ? `, ${event.date}` : ''}${event.killed !== null ? `, ${event.killed} killed` : ''} (${event.certainty})`);
  }
  for (const quote of extraction.quotes) {
    const content = quote.content.text.length > 70 ? `${quote.content.text.slice(0, 69)}…` : quote.content.text;
    lines.push(`  quote        ${quote.speakerText ?? 'unattributed'} ${quote.cue ?? ''}: “${content.replace(/\s+/g, ' ')}” (${quote.direct ? 'direct' : 'reported'}, ${quote.certainty})`);
  }
  return lines.join('\n');
}
