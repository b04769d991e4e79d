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
  const overlaps = (a: TypedMention, b: TypedMention) => a.start < b.end && b.start < a.end;
  const dates = values.filter((v) => TIME_TYPES.has(v.type));
  const keptNames = names.filter((n) => !dates.some((d) => overlaps(d, n) && !(n.start <= d.start && d.end <= n.end && n.end - n.start > d.end - d.start)));
  const keptValues = values.filter((v) => !keptNames.some((n) => overlaps(n, v)));
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
