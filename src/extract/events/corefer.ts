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

// Only the most recent clusters are candidates, and within a cluster only its latest
// mentions are compared word for word: an article refers back to what it is discussing,
// and the bounds keep very long documents linear.
const LOOKBACK = 40;
const RECENT_MENTIONS = 8;

/** Mentions of one event, with what the merge rules ask kept up to date as mentions join. */
class Cluster {
  readonly mentions: EventMention[] = [];
  /** The type of the first specific (non-generic) mention, if any. */
  private specificType: EventType | null = null;
  private best: ExtractedEvent | null = null;
  /** The first non-empty value of each argument, in text order. */
  private readonly first: Pick<ExtractedEvent, 'actors' | 'targets' | 'location' | 'date' | 'killed'> = { actors: [], targets: [], location: null, date: null, killed: null };
  planned = false;
  merged!: ExtractedEvent;

  constructor(mention: EventMention) {
    this.add(mention);
  }

  get type(): EventType {
    return this.specificType ?? this.mentions[0]!.event.type;
  }

  get allGeneric(): boolean {
    return this.specificType === null;
  }

  recent(): EventMention[] {
    return this.mentions.slice(-RECENT_MENTIONS);
  }

  add(mention: EventMention): void {
    const typeBefore = this.mentions.length ? this.type : null;
    this.mentions.push(mention);
    const e = mention.event;
    if (!mention.generic && this.specificType === null) this.specificType = e.type;
    if (this.type !== typeBefore) {
      // The type changed (a specific mention joined general ones): choose the trigger again.
      this.best = null;
      for (const m of this.mentions) this.consider(m.event);
    } else this.consider(e);
    if (!this.first.actors.length) this.first.actors = e.actors;
    if (!this.first.targets.length) this.first.targets = e.targets;
    this.first.location ??= e.location;
    this.first.date ??= e.date;
    this.first.killed ??= e.killed;
    this.planned ||= mention.planned;
    this.merged = this.toEvent();
  }

  /** The most informative mention of the cluster's type is its trigger (the earliest on a tie). */
  private consider(e: ExtractedEvent): void {
    // A mention of another type is a general word inside a specific event: never its trigger.
    if (e.type !== this.type) return;
    if (!this.best || informativeness(e) > informativeness(this.best)) this.best = e;
  }

  private toEvent(): ExtractedEvent {
    const best = this.best ?? this.mentions[0]!.event;
    return {
      ...best,
      type: this.type,
      actors: best.actors.length ? best.actors : this.first.actors,
      targets: best.targets.length ? best.targets : this.first.targets,
      location: best.location ?? this.first.location,
      date: best.date ?? this.first.date,
      killed: best.killed ?? this.first.killed,
      certainty: this.planned ? 'hypothetical' : best.certainty,
    };
  }
}

export function mergeCoreferent(mentions: EventMention[]): ExtractedEvent[] {
  const clusters: Cluster[] = [];
  for (const mention of mentions) {
    // The nearest compatible cluster of the same type first, then one of another attack type.
    let target: Cluster | null = null;
    for (const sameTypeOnly of [true, false]) {
      for (let c = clusters.length - 1; c >= 0 && clusters.length - c <= LOOKBACK && !target; c--) {
        const cluster = clusters[c]!;
        if (sameTypeOnly && cluster.type !== mention.event.type) continue;
        if (compatible(cluster, mention)) target = cluster;
      }
      if (target) break;
    }
    if (target) target.add(mention);
    else clusters.push(new Cluster(mention));
  }
  return clusters.map((c) => c.merged);
}

function compatible(cluster: Cluster, m: EventMention): boolean {
  const { merged, type } = cluster;
  const e = m.event;
  const sameType = type === e.type;
  const attackFamily = ATTACKS.has(type) && ATTACKS.has(e.type);
  // Across types only a general attack word joins a specific attack ("the attack" after "the bombing"), or the reverse.
  const generalJoinsSpecific = (m.generic && e.type === 'armed_attack') || (cluster.allGeneric && type === 'armed_attack');
  if (!sameType && !(attackFamily && generalJoinsSpecific)) return false;
  // "a potential attack" is another (or no particular) attack, not the one already told.
  if (m.planned && m.indefinite && !cluster.planned) return false;
  const first = cluster.mentions[0]!;
  if (first.planned && first.indefinite && !m.planned) return false;
  if (conflicts(merged.location, e.location) || conflicts(merged.date, e.date) || conflicts(merged.killed, e.killed)) return false;
  if (attackFamily) return true;
  if (type === 'killing') return !disjoint(merged.targets, e.targets);
  if (disjoint(merged.actors, e.actors) || disjoint(merged.targets, e.targets)) return false;
  if (m.definite) return true;
  const recent = cluster.recent();
  // "will meet Putin in Minsk for peace talks": one sentence, one meeting.
  if (recent.some((x) => x.event.evidence !== undefined && x.event.evidence.start === e.evidence?.start)) return true;
  // The same word again: without arguments of its own it is a repetition; with them, only
  // when the participants are the same ("moving its headquarters" and "moving fighters to
  // Iraq" are two moves).
  return recent.some((x) => x.lemma === m.lemma && (informativeness(e) === 0
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

function informativeness(e: ExtractedEvent): number {
  return Number(e.actors.length > 0) + Number(e.targets.length > 0) + Number(e.location !== null) + Number(e.date !== null) + Number(e.killed !== null);
}
