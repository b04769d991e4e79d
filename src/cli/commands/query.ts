// The question commands: tables for people, --json for programs. Each is a thin caller of
// the services that the HTTP API also uses.

import type { Command } from 'commander';
import { addDbOption } from '../db-option.js';
import { withServices } from '../open-services.js';
import type { Writable } from 'node:stream';
import { table } from '../table.js';
import type { ProfileList } from '../../api/dto.js';

interface Common { db?: string; json?: boolean }

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number ≥ 1, got "${value}"`);
  return n;
};
const wholeNumber = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number ≥ 0, got "${value}"`);
  return n;
};
const oneOf = <T extends string>(...allowed: T[]) => (value: string): T => {
  if (!(allowed as string[]).includes(value)) throw new Error(`expected one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
};
const credibilityValue = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 6) throw new Error(`credibility must be 1–6, got "${value}"`);
  return n;
};
const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `out` is where results go (tests pass a capture); errors are thrown for main.ts to print. */
export function registerQueries(program: Command, out: Pick<Writable, 'write'> = process.stdout): void {
  const say = (text: string): void => void out.write(`${text}\n`);
  const json = (value: unknown) => say(JSON.stringify(value, null, 2));
  addDbOption(program.command('search').description('Full-text search over ingested articles, with facets.'))
    .argument('<query>', 'words or "a phrase"')
    .option('--entity <id>', 'only articles mentioning this entity (repeatable)', collect)
    .option('--type <TYPE>', 'only articles with an entity of this type (PERSON, ORG, GPE…)')
    .option('--outlet <name>', 'only this outlet')
    .option('--from <date>', 'published on or after (YYYY-MM-DD)')
    .option('--to <date>', 'published on or before')
    .option('--event-type <type>', 'only articles with an event of this type (airstrike, arrest…)')
    .option('--limit <n>', 'results to show', positiveInt, 20)
    .option('--json', 'print JSON')
    .action((query: string, o: Common & { entity?: string[]; type?: string; outlet?: string; from?: string; to?: string; eventType?: string; limit: number }) =>
      withServices(o.db, async (services) => {
        const result = await services.search({ q: query, entity: o.entity, type: o.type, outlet: o.outlet, from: o.from, to: o.to, eventType: o.eventType, limit: o.limit });
        if (o.json) return json(result);
        say(`${result.total} article(s) for "${query}"`);
        if (result.items.length) say(table(['id', 'published', 'outlet', 'title', 'snippet'], result.items.map((h) => [h.document.id, h.document.published, h.document.outlet, h.document.title, h.snippet]), 50));
      }));

  const entity = program.command('entity').description('Entities across the corpus: list, profile, merge, split, undo.');
  addDbOption(entity.command('list').description('Entities, most mentioned first.'))
    .option('--type <TYPE>', 'only this type').option('--name <prefix>', 'names starting with this')
    .option('--limit <n>', 'rows', positiveInt, 30).option('--json', 'print JSON')
    .action((o: Common & { type?: string; name?: string; limit: number }) => withServices(o.db, async (services) => {
      const page = await services.listEntities({ type: o.type, q: o.name, limit: o.limit });
      if (o.json) return json(page);
      say(table(['id', 'name', 'type', 'mentions', 'articles'], page.items.map((e) => [e.id, e.name, e.type, e.mentionCount, e.documentCount])));
      say(`${page.items.length} of ${page.total}`);
    }));
  addDbOption(entity.command('show').description('An entity’s profile: aliases, events, quotes, relations, articles.'))
    .argument('<name-or-id>').option('--json', 'print JSON')
    .action((name: string, o: Common) => withServices(o.db, async (services) => {
      const p = await services.entity(name);
      if (o.json) return json(p);
      say(`${p.name} (${p.type}, id ${p.id}): ${p.mentionCount} mentions in ${p.documentCount} articles; first seen ${p.firstSeen ?? '?'}, last seen ${p.lastSeen ?? '?'}`);
      say(`aliases: ${p.aliases.map((a) => `${a.name} [${a.source}]`).join(', ') || 'none'}`);
      // Long lists hold their newest items: say how many there are in all.
      const heading = (title: string, ...lists: ProfileList[]) => {
        const [shown, total] = lists.reduce(([s, t], list) => [s + p[list].length, t + p.totals[list]], [0, 0]);
        return `\n${title}${shown < total ? ` (newest ${shown} of ${total})` : ''}\n`;
      };
      const events = [...p.eventsAsActor.map((e) => ({ ...e, role: 'actor' })), ...p.eventsAsTarget.map((e) => ({ ...e, role: 'target' }))];
      if (events.length) say(heading('events', 'eventsAsActor', 'eventsAsTarget') + table(['role', 'type', 'trigger', 'date', 'certainty', 'article'], events.map((e) => [e.role, e.type, e.trigger.text, e.date, e.certainty, e.documentId])));
      if (p.quotesBy.length) say(heading('quotes by', 'quotesBy') + table(['cue', 'content', 'certainty', 'article'], p.quotesBy.map((q) => [q.cue, q.content.text, q.certainty, q.documentId]), 70));
      if (p.relations.length) say(heading('relations', 'relations') + table(['source', 'relation', 'target', 'evidence'], p.relations.map((r) => [r.source.name, r.type, r.target.name, r.evidence.text])));
      say(heading('articles', 'documents') + table(['id', 'published', 'title'], p.documents.map((d) => [d.id, d.published, d.title])));
      if (p.changes.length) say('\nchanges (undo with `dossier entity undo ID`)\n' + table(['id', 'kind', 'from', 'to', 'by', 'why', 'undone by'], p.changes.map((c) => [c.id, c.kind, c.sourceEntityId, c.targetEntityId, c.who, c.why, c.undoneBy])));
      if (p.namedOutsideText.length) say('\nalso named outside the article text (captions, credits)\n' + table(['id', 'published', 'title'], p.namedOutsideText.map((d) => [d.id, d.published, d.title])));
    }));
  addDbOption(entity.command('merge').description('Merge REMOVE into KEEP (recorded with who and why; `entity undo` takes it back).'))
    .argument('<keep>').argument('<remove>').requiredOption('--reason <text>', 'why they are the same').option('--by <who>', 'who decides', 'analyst').option('--json', 'print JSON')
    .action((keep: string, remove: string, o: Common & { reason: string; by: string }) => withServices(o.db, async (services) => {
      const p = await services.merge(keep, remove, { who: o.by, why: o.reason });
      if (o.json) return json(p);
      say(`merged "${remove}" into ${p.name} (${p.id}); now ${p.mentionCount} mentions`);
    }));
  addDbOption(entity.command('split').description('Move the given names of an entity into a new entity (recorded).'))
    .argument('<entity>').requiredOption('--names <list>', 'comma-separated names to split off').requiredOption('--reason <text>', 'why').option('--by <who>', 'who decides', 'analyst').option('--json', 'print JSON')
    .action((id: string, o: Common & { names: string; reason: string; by: string }) => withServices(o.db, async (services) => {
      const p = await services.split(id, o.names.split(',').map((n) => n.trim()).filter(Boolean), { who: o.by, why: o.reason });
      if (o.json) return json(p);
      say(`split off ${p.name} (${p.id}) with ${p.mentionCount} mentions`);
    }));

  addDbOption(entity.command('undo').description('Undo a merge or split by its change id (see `entity show --json`, changes).'))
    .argument('<change-id>', 'the change to reverse', positiveInt).requiredOption('--reason <text>', 'why').option('--by <who>', 'who decides', 'analyst').option('--json', 'print JSON')
    .action((changeId: number, o: Common & { reason: string; by: string }) => withServices(o.db, async (services) => {
      const p = await services.undo(changeId, { who: o.by, why: o.reason });
      if (o.json) return json(p);
      say(`undid change ${changeId}: ${p.name} (${p.id}) has ${p.mentionCount} mentions again`);
    }));

  const graph = program.command('graph').description('Link analysis over the knowledge graph.');
  addDbOption(graph.command('neighbours').alias('neighbors').description('Entities linked to one, with the kind of link and evidence count.'))
    .argument('<name-or-id>').option('--depth <n>', 'steps away', positiveInt, 1).option('--json', 'print JSON')
    .action((name: string, o: Common & { depth: number }) => withServices(o.db, async (services) => {
      const view = await services.graph([name], o.depth);
      if (o.json) return json(view);
      const names = new Map(view.nodes.map((n) => [n.id, n.name]));
      say(table(['source', 'link', 'target', 'evidence'], view.edges.map((e) => [names.get(e.source), e.kind, names.get(e.target), e.evidenceCount])));
      say(`${view.nodes.length} entities, ${view.edges.length} links`);
    }));
  addDbOption(graph.command('path').description('The shortest chain of links between two entities.'))
    .argument('<from>').argument('<to>').option('--json', 'print JSON')
    .action((from: string, to: string, o: Common) => withServices(o.db, async (services) => {
      const view = await services.path(from, to);
      if (o.json) return json(view);
      const names = new Map(view.nodes.map((n) => [n.id, n.name]));
      say(view.nodes.map((n) => n.name).join(' → '));
      say(table(['source', 'link', 'target', 'evidence'], view.edges.map((e) => [names.get(e.source), e.kind, names.get(e.target), e.evidence[0]?.text])));
    }));

  addDbOption(program.command('timeline').description('Dated events across articles, merged, oldest first.'))
    .option('--actor <entity>', 'only events with this actor or target').option('--type <type>', 'only this event type').option('--place <entity>', 'only at this place').option('--json', 'print JSON')
    .action((o: Common & { actor?: string; type?: string; place?: string }) => withServices(o.db, async (services) => {
      const { items } = await services.timeline({ actor: o.actor, type: o.type, place: o.place });
      if (o.json) return json({ items });
      say(table(['date', 'precision', 'event', 'certainty', 'grade', 'reports'], items.map((i) => [i.precision === 'day' ? i.start : `${i.start}…${i.end}`, i.precision, i.label, i.certainty, i.credibility, i.reports.length]), 70));
    }));

  addDbOption(program.command('claims').description('Claims and events with Admiralty grades, corroboration and contradictions: most disputed, then most corroborated, first.'))
    .option('--contested', 'only items with a contradiction').option('--corroborated', 'only items with two or more independent sources')
    .option('--kind <kind>', 'only events or only claims (event, claim)', oneOf('event', 'claim'))
    .option('--limit <n>', 'items to show', positiveInt, 30).option('--offset <n>', 'items to skip', wholeNumber, 0).option('--json', 'print JSON')
    .action((o: Common & { contested?: boolean; corroborated?: boolean; kind?: 'event' | 'claim'; limit: number; offset: number }) => withServices(o.db, async (services) => {
      if (o.contested && o.corroborated) throw new Error('give --contested or --corroborated, not both');
      const show = o.contested ? 'contested' : o.corroborated ? 'corroborated' : 'all';
      const board = await services.claims({ show, kind: o.kind, limit: o.limit, offset: o.offset });
      if (o.json) return json(board);
      say(table(['grade', 'kind', 'sources', 'item', 'disputed'], board.items.map((i) => [i.credibility, i.kind, i.independentSources, i.summary, i.contradictions.map((c) => c.kind).join(', ')]), 80));
      say(`${board.items.length ? `${o.offset + 1}–${o.offset + board.items.length}` : 'none'} of ${board.total} (${board.counts.contested} contested, ${board.counts.corroborated} corroborated)`);
    }));

  const grade = program.command('grade').description('Admiralty grading: source reliability (A–F) and information credibility (1–6).');
  addDbOption(grade.command('source').description('Set an outlet’s reliability, with a reason (history is kept).'))
    .argument('<outlet>').argument('<grade>', 'A completely reliable … E unreliable, F cannot be judged').requiredOption('--reason <text>', 'why').option('--by <who>', 'who grades', 'analyst').option('--json', 'print JSON')
    .action((outlet: string, value: string, o: Common & { reason: string; by: string }) => withServices(o.db, async (services) => {
      const result = await services.gradeSource(outlet, value.toUpperCase(), { who: o.by, why: o.reason });
      if (o.json) return json(result);
      say(`${result.outlet}: ${result.grade} (${result.history.length} change(s) on record)`);
    }));
  addDbOption(grade.command('item').description('Override the credibility of an event or claim, with a reason.'))
    .argument('<kind>', 'event or quote').argument('<id>', 'the row id (see --json output)', positiveInt).argument('<credibility>', '1 confirmed … 5 improbable, 6 cannot be judged', credibilityValue)
    .requiredOption('--reason <text>', 'why').option('--by <who>', 'who grades', 'analyst').option('--json', 'print JSON')
    .action((kind: string, id: number, credibility: number, o: Common & { reason: string; by: string }) => withServices(o.db, async (services) => {
      if (kind !== 'event' && kind !== 'quote') throw new Error(`kind must be "event" or "quote", got "${kind}"`);
      const result = await services.gradeItem(kind, id, credibility, { who: o.by, why: o.reason });
      if (o.json) return json(result);
      say(`${kind} ${id}: credibility ${result.current}`);
    }));
}
