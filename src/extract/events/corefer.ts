// One event per real-world occurrence: mentions of the same event across an article
// ("a Russian air strike", "the strike delivered by …", "the air strike on Raqqa") are
// merged, and the most informative mention (the one with most arguments) becomes the
// event's trigger. Attacks merge when nothing contradicts (place, date, victims); other
// events only through an anaphoric noun ("the meeting") or an exact repetition.

import type { EventType, ExtractedEvent } from '../types.js';

export interface EventMention {
  event: ExtractedEvent;
  /** A general attack word ("attack", "strike", "raid") that may name a more specific event. */
  generic: boolean;
  /** "the meeting", "this plot": a definite noun that refers back. */
  definite: boolean;
  /** "a potential attack": an indefinite noun, which introduces an event rather than referring back. */
  indefinite: boolean;
  /** The trigger as written, lower case. */
  lemma: string;
  /** Planned or prevented in this mention's own words ("the planned attack"): true of the event. */
  planned: boolean;
}

const ATTACKS: ReadonlySet<EventType> = new Set(['airstrike', 'bombing', 'armed_attack', 'plane_crash']);

// Only the most recent clusters are candidates: an article refers back to events it is
// discussing, and the bound keeps very long documents linear.
const LOOKBACK = 40;

interface Cluster {
  mentions: EventMention[];
  merged: ExtractedEvent;
}

export function mergeCoreferent(mentions: EventMention[]): ExtractedEvent[] {
  const clusters: Cluster[] = [];
  for (const mention of mentions) {
    // The nearest compatible cluster of the same type first, then one of another attack type.
    let target: Cluster | null = null;
    for (const sameTypeOnly of [true, false]) {
      for (let c = clusters.length - 1; c >= 0 && clusters.length - c <= LOOKBACK && !target; c--) {
        const cluster = clusters[c]!;
        if (sameTypeOnly && cluster.merged.type !== mention.event.type) continue;
        if (compatible(cluster, mention)) target = cluster;
      }
      if (target) break;
    }
    if (target) {
      target.mentions.push(mention);
      target.merged = toEvent(target.mentions);
    } else clusters.push({ mentions: [mention], merged: toEvent([mention]) });
  }
  return clusters.map((c) => c.merged);
}

function compatible({ mentions: cluster, merged }: Cluster, m: EventMention): boolean {
  const type = merged.type;
  const e = m.event;
  const sameType = type === e.type;
  const attackFamily = ATTACKS.has(type) && ATTACKS.has(e.type);
  // Across types only a general attack word joins a specific attack ("the attack" after "the bombing"), or the reverse.
  const generalJoinsSpecific = (m.generic && e.type === 'armed_attack') || (cluster.every((x) => x.generic) && type === 'armed_attack');
  if (!sameType && !(attackFamily && generalJoinsSpecific)) return false;
  // "a potential attack" is another (or no particular) attack, not the one already told.
  if (m.planned && m.indefinite && !cluster.some((x) => x.planned)) return false;
  if (cluster[0]!.planned && cluster[0]!.indefinite && !m.planned) return false;
  if (conflicts(merged.location, e.location) || conflicts(merged.date, e.date) || conflicts(merged.killed, e.killed)) return false;
  if (attackFamily) return true;
  if (type === 'killing') return !disjoint(merged.targets, e.targets);
  if (disjoint(merged.actors, e.actors) || disjoint(merged.targets, e.targets)) return false;
  if (m.definite) return true;
  // "will meet Putin in Minsk for peace talks": one sentence, one meeting.
  if (cluster.some((x) => x.event.evidence !== undefined && x.event.evidence.start === e.evidence?.start)) return true;
  // The same word again: without arguments of its own it is a repetition; with them, only
  // when the participants are the same ("moving its headquarters" and "moving fighters to
  // Iraq" are two moves).
  return cluster.some((x) => x.lemma === m.lemma && (informativeness(e) === 0
    || (e.actors.length > 0 && sameList(x.event.actors, e.actors) && sameList(x.event.targets, e.targets))));
}

function conflicts<T>(a: T | null, b: T | null): boolean {
  return a !== null && b !== null && a !== b;
}

function disjoint(a: string[], b: string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** A cluster's type is its most specific mention's type. */
function clusterType(cluster: EventMention[]): EventType {
  return (cluster.find((m) => !m.generic) ?? cluster[0]!).event.type;
}

function informativeness(e: ExtractedEvent): number {
  return Number(e.actors.length > 0) + Number(e.targets.length > 0) + Number(e.location !== null) + Number(e.date !== null) + Number(e.killed !== null);
}

function toEvent(cluster: EventMention[]): ExtractedEvent {
  const type = clusterType(cluster);
  let best: ExtractedEvent | null = null;
  for (const m of cluster) {
    if (m.event.type !== type && cluster.some((x) => x.event.type === type)) continue;
    if (!best || informativeness(m.event) > informativeness(best)) best = m.event;
  }
  const out: ExtractedEvent = { ...best!, type };
  for (const { event: e } of cluster) {
    if (!out.actors.length) out.actors = e.actors;
    if (!out.targets.length) out.targets = e.targets;
    out.location ??= e.location;
    out.date ??= e.date;
    out.killed ??= e.killed;
  }
  if (cluster.some((m) => m.planned)) out.certainty = 'hypothetical';
  return out;
}
