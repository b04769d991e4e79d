import { Link, useParams } from 'react-router-dom';
import { api, type DocumentView, type EntityRef } from '../api';
import { AnnotatedText } from '../components/AnnotatedText';
import { EntityLink, EntityList } from '../components/EntityLink';
import { Grade } from '../components/Grade';
import { Status } from '../components/Status';
import { useApi } from '../useApi';

const WHO = new Set(['PERSON', 'ORG', 'NORP']);
const WHERE = new Set(['GPE', 'LOC', 'FAC']);

export function ReaderView() {
  const { id = '' } = useParams();
  const state = useApi(() => api.document(id), [id]);
  const view = state.data;
  return (
    <div className="with-sidebar reader">
      <article aria-labelledby="doc-title">
        <Status state={state} />
        {view && (
          <>
            <h1 id="doc-title">{view.document.title ?? '(untitled)'}</h1>
            <p className="muted small">
              {[view.document.outlet, view.document.published ?? 'undated'].filter(Boolean).join(' · ')}
              {view.document.url && <> · <a href={view.document.url} rel="noreferrer noopener" target="_blank">original</a></>}
              {view.document.duplicateOf && <> · copy of <Link to={`/documents/${view.document.duplicateOf}`}>an earlier article</Link></>}
            </p>
            <Legend />
            <AnnotatedText view={view} />
          </>
        )}
      </article>
      {view && <SidePanel view={view} />}
    </div>
  );
}

function Legend() {
  return (
    <p className="legend small" aria-label="Legend">
      {['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'DATE', 'CARDINAL'].map((t) => (
        <span key={t} className={`mention type-${t}`}>{t}</span>
      ))}
      <span className="quote">quote</span> <span className="trigger">event</span> <span className="boilerplate">boilerplate</span>
    </p>
  );
}

function distinct(view: DocumentView, types: Set<string>): EntityRef[] {
  const seen = new Map<string, EntityRef>();
  for (const m of view.mentions) {
    if (types.has(m.type) && m.entityId && !seen.has(m.entityId)) seen.set(m.entityId, { id: m.entityId, name: m.text, type: m.type });
  }
  return [...seen.values()];
}

function SidePanel({ view }: { view: DocumentView }) {
  const dates = [...new Set(view.mentions.filter((m) => m.type === 'DATE').map((m) => m.value ?? m.text))];
  return (
    <aside className="side-panel" aria-label="In this article">
      <h2>Who</h2>
      <p><EntityList entities={distinct(view, WHO)} /></p>
      <h2>Where</h2>
      <p><EntityList entities={distinct(view, WHERE)} /></p>
      <h2>When</h2>
      <p>{dates.length ? dates.join(', ') : <span className="muted">—</span>}</p>
      <h2>What happened ({view.events.length})</h2>
      <ul className="compact">
        {view.events.map((e) => (
          <li key={e.id}>
            <strong>{e.type.replace(/_/g, ' ')}</strong> “{e.trigger.text}” <Grade credibility={e.credibility} />{' '}
            <span className="muted small">{e.certainty}{e.date ? ` · ${e.date}` : ''}{e.killed !== null ? ` · ${e.killed} killed` : ''}</span>
            {(e.actors.length > 0 || e.targets.length > 0) && (
              <div className="small"><EntityList entities={e.actors} /> → <EntityList entities={e.targets} />{e.location && <> in <EntityLink entity={e.location} /></>}</div>
            )}
          </li>
        ))}
      </ul>
      <h2>Who says what ({view.quotes.length})</h2>
      <ul className="compact">
        {view.quotes.map((q) => (
          <li key={q.id}>
            {q.speaker ? <EntityLink entity={q.speaker} /> : <em>{q.speakerText ?? 'unattributed'}</em>} {q.cue ?? ''}:{' '}
            <q>{q.content.text.length > 160 ? `${q.content.text.slice(0, 160)}…` : q.content.text}</q>{' '}
            <span className="muted small">{q.direct ? 'direct' : 'reported'}, {q.certainty}</span>
          </li>
        ))}
      </ul>
      {view.relations.length > 0 && (
        <>
          <h2>Relations</h2>
          <ul className="compact">
            {view.relations.map((r) => (
              <li key={r.id}><EntityLink entity={r.source} /> <span className="muted">{r.type.replace(/_/g, ' ')}</span> <EntityLink entity={r.target} /></li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
