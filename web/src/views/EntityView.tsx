import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, type DocumentSummary, type EntityProfile, type EventView, type QuoteView, type RelationView } from '../api';
import { EntityLink, EntityList } from '../components/EntityLink';
import { Grade } from '../components/Grade';
import { MonthChart } from '../components/MonthChart';
import { MoreItems } from '../components/MoreItems';
import { Status } from '../components/Status';
import { useApi } from '../useApi';

export function EntityView() {
  const { id = '' } = useParams();
  const state = useApi(() => api.entity(id), [id]);
  const entity = state.data;
  return (
    <div className="entity-page">
      <Status state={state} />
      {entity && (
        <>
          <header>
            <h1>{entity.name} <span className={`badge type-${entity.type}`}>{entity.type}</span></h1>
            <p className="muted">
              {entity.mentionCount} mentions in {entity.documentCount} articles
              {entity.firstSeen && ` · first seen ${entity.firstSeen}, last seen ${entity.lastSeen}`}
              {entity.geo && ` · ${entity.geo.name} (${entity.geo.lat.toFixed(2)}, ${entity.geo.lon.toFixed(2)}; ${entity.geo.precision})`}
              {' · '}<Link to={`/graph?entity=${encodeURIComponent(entity.id)}`}>graph</Link>
              {' · '}<Link to={`/timeline?actor=${encodeURIComponent(entity.id)}`}>timeline</Link>
            </p>
          </header>
          {/* Keyed: lists read further start again for another entity, or after a merge or split. */}
          <div className="grid" key={`${entity.id}:${entity.mentionCount}`}>
            <section>
              <h2>Aliases</h2>
              <table className="table">
                <thead><tr><th>Name</th><th>From</th><th>Mentions</th></tr></thead>
                <tbody>
                  {entity.aliases.map((a) => (
                    <tr key={`${a.name}|${a.source}`}>
                      <td>{a.name}</td>
                      <td>
                        {a.source === 'document' && a.documentId ? <Link to={`/documents/${a.documentId}`}>article</Link> : a.source}
                        {a.reason && <span className="muted small"> ({a.addedBy}: {a.reason})</span>}
                      </td>
                      <td>{a.mentionCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section>
              <h2>Mentions over time</h2>
              <MonthChart months={entity.mentionsByMonth} />
            </section>
            <Events title="Events as actor" entity={entity} list="eventsAsActor" />
            <Events title="Events as target" entity={entity} list="eventsAsTarget" />
            <Quotes title="Quotes by" entity={entity} list="quotesBy" />
            <Quotes title="Quotes about" entity={entity} list="quotesAbout" />
            <section>
              <h2>Relations ({entity.totals.relations})</h2>
              {entity.relations.length === 0 && <p className="muted">None found.</p>}
              <MoreItems<RelationView> entityId={entity.id} list="relations" first={entity.relations} total={entity.totals.relations} render={(r) => (
                <li key={r.id}>
                  <EntityLink entity={r.source} /> <span className="muted">{r.type.replace(/_/g, ' ')}</span> <EntityLink entity={r.target} />{' '}
                  <Link className="small" to={`/documents/${r.documentId}`} title={r.evidence.text}>evidence</Link>
                </li>
              )} />
            </section>
            <section>
              <h2>Articles ({entity.totals.documents})</h2>
              <MoreItems<DocumentSummary> entityId={entity.id} list="documents" first={entity.documents} total={entity.totals.documents} render={(d) => (
                <li key={d.id}><Link to={`/documents/${d.id}`}>{d.title ?? '(untitled)'}</Link> <span className="muted small">{d.outlet} {d.published}</span></li>
              )} />
            </section>
          </div>
          <Curate entityId={entity.id} aliases={entity.aliases.map((a) => a.name)} onDone={state.reload} />
          {entity.changes.length > 0 && (
            <section>
              <h2>History</h2>
              <ul className="compact">
                {entity.changes.map((c) => (
                  <li key={c.id}>{c.at}: {c.kind} {c.sourceEntityId} → {c.targetEntityId} by {c.who}: “{c.why}”{c.undoneBy && ' (undone)'}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}

function Events({ title, entity, list }: { title: string; entity: EntityProfile; list: 'eventsAsActor' | 'eventsAsTarget' }) {
  return (
    <section>
      <h2>{title} ({entity.totals[list]})</h2>
      <MoreItems<EventView> entityId={entity.id} list={list} first={entity[list]} total={entity.totals[list]} render={(e) => (
        <li key={e.id}>
          <strong>{e.type.replace(/_/g, ' ')}</strong> <Link to={`/documents/${e.documentId}`}>“{e.trigger.text}”</Link>{' '}
          <span className="muted small">{e.date ?? 'undated'} · {e.certainty}</span> <Grade credibility={e.credibility} />
          <div className="small"><EntityList entities={e.actors} /> → <EntityList entities={e.targets} /></div>
        </li>
      )} />
    </section>
  );
}

function Quotes({ title, entity, list }: { title: string; entity: EntityProfile; list: 'quotesBy' | 'quotesAbout' }) {
  return (
    <section>
      <h2>{title} ({entity.totals[list]})</h2>
      <MoreItems<QuoteView> entityId={entity.id} list={list} first={entity[list]} total={entity.totals[list]} render={(q) => (
        <li key={q.id}>
          <em>{q.speakerText}</em> {q.cue}: <q>{q.content.text.length > 200 ? `${q.content.text.slice(0, 200)}…` : q.content.text}</q>{' '}
          <Link className="small" to={`/documents/${q.documentId}`}>source</Link>
        </li>
      )} />
    </section>
  );
}

/** Merge another entity into this one, or split names off it; both need a reason. */
function Curate({ entityId, aliases, onDone }: { entityId: string; aliases: string[]; onDone: () => void }) {
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  async function act(form: HTMLFormElement, kind: 'merge' | 'split') {
    const data = new FormData(form);
    const who = String(data.get('who') || 'analyst');
    const why = String(data.get('why') ?? '').trim();
    if (!why) return setMessage('Say why: every merge and split is recorded with its reason.');
    try {
      if (kind === 'merge') await api.merge(entityId, String(data.get('other')), who, why);
      else {
        const split = await api.split(entityId, data.getAll('names').map(String), who, why);
        navigate(`/entities/${encodeURIComponent(split.id)}`);
      }
      setMessage(`${kind === 'merge' ? 'Merged' : 'Split'}.`);
      onDone();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }
  return (
    <section className="curate">
      <h2>Curate</h2>
      <form onSubmit={(e) => { e.preventDefault(); void act(e.currentTarget, 'merge'); }}>
        <label>Merge entity id <input name="other" required placeholder="e.g. isis" /></label> into this one.{' '}
        <label>Reason <input name="why" required /></label> <label>By <input name="who" defaultValue="analyst" /></label>{' '}
        <button type="submit">Merge</button>
      </form>
      <form onSubmit={(e) => { e.preventDefault(); void act(e.currentTarget, 'split'); }}>
        <fieldset>
          <legend>Split these names off into a new entity</legend>
          {aliases.map((a) => <label key={a} className="chip"><input type="checkbox" name="names" value={a} /> {a}</label>)}
        </fieldset>
        <label>Reason <input name="why" required /></label> <label>By <input name="who" defaultValue="analyst" /></label>{' '}
        <button type="submit">Split</button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
