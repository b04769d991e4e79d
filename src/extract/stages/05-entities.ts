import type { AliasTable } from '../entities/aliases.js';
import { assignIds, type TypedMention } from '../entities/assign-ids.js';
import type { Stage } from './stage.js';

const TIME_TYPES = new Set(['DATE', 'TIME']);

/**
 * Joins names and values into one list without overlaps, and gives each mention the id of
 * its entity within the document. A number inside a name ("Flight 9268") belongs to the
 * name; a date wins over a name the tagger found in it ("March" in "March 22").
 */
export function entitiesStage(aliases: AliasTable): Stage {
  return {
    id: 'entities.ids',
    requires: ['ner.names', 'values.dates-numbers'],
    run(context) {
      const merged = mergeMentions(context.names, context.values);
      context.result.entities = assignIds(context.text, merged, aliases).map(({ name: _name, ...mention }) => mention);
    },
  };
}

export function mergeMentions(names: TypedMention[], values: TypedMention[]): TypedMention[] {
  // Per-character owners make every overlap test cost the span's length, so a 10 MB
  // article with 100k mentions stays linear.
  const length = [...names, ...values].reduce((max, m) => Math.max(max, m.end), 0);
  const dateAt = new Int32Array(length).fill(-1);
  const dates = values.filter((v) => TIME_TYPES.has(v.type));
  dates.forEach((d, i) => dateAt.fill(i, d.start, d.end));
  const keptNames = names.filter((n) => {
    for (let c = n.start; c < n.end; c++) {
      const d = dateAt[c]!;
      // A date inside a longer name ("the 2014 World Cup") belongs to the name; otherwise the date wins.
      if (d >= 0 && !(n.start <= dates[d]!.start && dates[d]!.end <= n.end && n.end - n.start > dates[d]!.end - dates[d]!.start)) return false;
    }
    return true;
  });
  const named = new Uint8Array(length);
  for (const n of keptNames) named.fill(1, n.start, n.end);
  const keptValues = values.filter((v) => named.subarray(v.start, v.end).indexOf(1) < 0);
  const all = [...keptNames, ...keptValues].sort((a, b) => a.start - b.start || b.end - a.end);
  // Values may overlap each other (a date and a number in it): the first, longest wins.
  const out: TypedMention[] = [];
  for (const mention of all) {
    const last = out[out.length - 1];
    if (last && mention.start < last.end) continue;
    out.push(mention);
  }
  return out;
}
