import { StoreRequestError } from '../errors.js';
import {
  DEFAULT_SOURCE_GRADE,
  SOURCE_GRADES,
  type CredibilityChange,
  type CredibilityRecord,
  type CredibilityTarget,
  type OutletGrade,
  type SourceGrade,
  type SourceGradeChange,
} from '../store.js';
import type { SqlExecutor } from './executor.js';

// Admiralty grading: reliability A–F per outlet, credibility 1–6 per event or quote. Nothing
// is overwritten: each setting is a new row, the newest one counts, the rest is history.

interface GradeRow {
  outlet: string;
  grade: string;
  who: string;
  reason: string;
  at: string;
}

export async function setSourceGrade(
  tx: SqlExecutor, outlet: string, grade: SourceGrade, actor: { who: string; reason: string }, now: string,
): Promise<void> {
  if (!outlet.trim()) throw new StoreRequestError('outlet', 'name the outlet');
  if (!SOURCE_GRADES.includes(grade)) throw new StoreRequestError('grade', `source reliability is one of A–F, not "${grade}"`);
  checkReason(actor);
  await tx.run('INSERT INTO source_grades (outlet, grade, who, reason, at) VALUES (?, ?, ?, ?, ?)', [
    outlet.trim(), grade, actor.who.trim(), actor.reason.trim(), now,
  ]);
}

export async function readSourceGrade(db: SqlExecutor, outlet: string): Promise<OutletGrade> {
  const rows = await db.all<GradeRow>(
    'SELECT outlet, grade, who, reason, at FROM source_grades WHERE outlet = ? ORDER BY id DESC',
    [outlet.trim()],
  );
  return toOutletGrade(outlet.trim(), rows);
}

export async function listSourceGrades(db: SqlExecutor): Promise<OutletGrade[]> {
  const outlets = await db.all<{ outlet: string }>(
    `SELECT outlet FROM documents WHERE outlet IS NOT NULL UNION SELECT outlet FROM source_grades ORDER BY outlet`,
  );
  const rows = await db.all<GradeRow>('SELECT outlet, grade, who, reason, at FROM source_grades ORDER BY id DESC');
  const byOutlet = new Map<string, GradeRow[]>();
  for (const row of rows) byOutlet.set(row.outlet, [...(byOutlet.get(row.outlet) ?? []), row]);
  return outlets.map(({ outlet }) => toOutletGrade(outlet, byOutlet.get(outlet) ?? []));
}

function toOutletGrade(outlet: string, rows: GradeRow[]): OutletGrade {
  const history: SourceGradeChange[] = rows.map((row) => ({
    outlet: row.outlet, grade: row.grade as SourceGrade, who: row.who, reason: row.reason, at: row.at,
  }));
  return { outlet, grade: history[0]?.grade ?? DEFAULT_SOURCE_GRADE, history };
}

export async function setCredibility(
  tx: SqlExecutor, target: CredibilityTarget, credibility: number, actor: { who: string; reason: string }, now: string,
): Promise<void> {
  if (!Number.isInteger(credibility) || credibility < 1 || credibility > 6) {
    throw new StoreRequestError('credibility', `information credibility is 1–6, not ${credibility}`);
  }
  checkReason(actor);
  const table = target.kind === 'event' ? 'events' : target.kind === 'quote' ? 'quotes' : null;
  if (!table) throw new StoreRequestError('kind', 'credibility is set on an event or a quote');
  const found = await tx.all(`SELECT 1 FROM ${table} WHERE id = ?`, [target.id]);
  if (found.length === 0) throw new StoreRequestError('id', `no ${target.kind} ${target.id}`);
  await tx.run('INSERT INTO credibility_changes (target_kind, target_id, credibility, who, reason, at) VALUES (?, ?, ?, ?, ?, ?)', [
    target.kind, target.id, credibility, actor.who.trim(), actor.reason.trim(), now,
  ]);
}

export async function readCredibility(db: SqlExecutor, target: CredibilityTarget): Promise<CredibilityRecord> {
  const rows = await db.all<{ credibility: number; who: string; reason: string; at: string }>(
    'SELECT credibility, who, reason, at FROM credibility_changes WHERE target_kind = ? AND target_id = ? ORDER BY id DESC',
    [target.kind, target.id],
  );
  const history: CredibilityChange[] = rows.map((row) => ({
    kind: target.kind, id: target.id, credibility: Number(row.credibility), who: row.who, reason: row.reason, at: row.at,
  }));
  return { current: history[0]?.credibility ?? null, history };
}

function checkReason(actor: { who: string; reason: string }) {
  if (!actor.who?.trim()) throw new StoreRequestError('who', 'say who sets the grade');
  if (!actor.reason?.trim()) throw new StoreRequestError('reason', 'a grade needs a reason');
}
