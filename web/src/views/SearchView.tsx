import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type FacetCount } from '../api';
import { Highlighted } from '../components/Highlighted';
import { Pager } from '../components/Pager';
import { Status } from '../components/Status';
import { useApi } from '../useApi';

const HITS_PAGE = 20;
const FACETS = [
  ['entity', 'Entity'],
  ['entityType', 'Entity type'],
  ['outlet', 'Outlet'],
  ['eventType', 'Event type'],
] as const;
// URL parameter for each facet.
const PARAM: Record<string, string> = { entity: 'entity', entityType: 'type', outlet: 'outlet', eventType: 'eventType' };

export function SearchView() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const filters = {
    entity: params.getAll('entity'), type: params.get('type') ?? undefined, outlet: params.get('outlet') ?? undefined,
    from: params.get('from') ?? undefined, to: params.get('to') ?? undefined, eventType: params.get('eventType') ?? undefined,
  };
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const results = useApi(() => (q ? api.search({ q, ...filters, limit: HITS_PAGE, offset }) : Promise.resolve(null)), [params.toString()]);

  /** A new query or filter starts again from the first page. */
  function update(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (name !== 'offset') next.delete('offset');
    if (value === null || value === '') next.delete(name);
    else if (name === 'entity') next.append(name, value);
    else next.set(name, value);
    setParams(next);
  }

  return (
    <div className="search-layout">
      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          update('q', new FormData(e.currentTarget).get('q') as string);
        }}
      >
        <label htmlFor="q" className="visually-hidden">Search the corpus</label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder="Search articles: Raqqa, FSB, “air strike”…" autoFocus />
        <label>From <input type="date" value={filters.from ?? ''} onChange={(e) => update('from', e.target.value)} /></label>
        <label>To <input type="date" value={filters.to ?? ''} onChange={(e) => update('to', e.target.value)} /></label>
        <button type="submit">Search</button>
      </form>
      {q ? (
        <div className="with-sidebar">
          <aside className="facets" aria-label="Filters">
            {results.data &&
              FACETS.map(([key, label]) => (
                <Facet key={key} label={label} counts={results.data!.facets[key] ?? []} selected={key === 'entity' ? filters.entity : [params.get(PARAM[key]!) ?? '']}
                  onPick={(value) => update(PARAM[key]!, value)} />
              ))}
            {[...params.keys()].some((k) => k !== 'q' && k !== 'offset') && (
              <button type="button" onClick={() => setParams(new URLSearchParams({ q }))}>Clear filters</button>
            )}
          </aside>
          <section aria-live="polite" className="results">
            <Status state={results} />
            {results.data && (
              <p className="muted">
                {results.data.total} article{results.data.total === 1 ? '' : 's'}
                {results.data.facetHits < results.data.total && ` · filter counts over the best ${results.data.facetHits}`}
              </p>
            )}
            <ol className="hits">
              {results.data?.items.map((hit) => (
                <li key={hit.document.id}>
                  <Link to={`/documents/${hit.document.id}?q=${encodeURIComponent(q)}`} className="hit-title">{hit.document.title ?? '(untitled)'}</Link>
                  <div className="muted small">{[hit.document.outlet, hit.document.published].filter(Boolean).join(' · ')}</div>
                  <p className="snippet"><Highlighted text={hit.snippet} highlights={hit.highlights} /></p>
                </li>
              ))}
            </ol>
            {results.data && <Pager offset={offset} shown={results.data.items.length} total={results.data.total} pageSize={HITS_PAGE} onOffset={(o) => update('offset', o ? String(o) : null)} />}
          </section>
        </div>
      ) : (
        <Corpus />
      )}
    </div>
  );
}

function Facet({ label, counts, selected, onPick }: { label: string; counts: FacetCount[]; selected: string[]; onPick: (value: string) => void }) {
  if (counts.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      <ul>
        {counts.slice(0, 12).map((c) => (
          <li key={c.value}>
            <button type="button" className={selected.includes(c.value) ? 'chip selected' : 'chip'} aria-pressed={selected.includes(c.value)} onClick={() => onPick(c.value)}>
              {c.label ?? c.value.replace(/_/g, ' ')} <span className="count">{c.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const ARTICLES_PAGE = 25;
const FAILURES_PAGE = 20;

function Corpus() {
  const [offset, setOffset] = useState(0);
  const [failureOffset, setFailureOffset] = useState(0);
  const documents = useApi(() => api.documents({ limit: ARTICLES_PAGE, offset }), [offset]);
  const failures = useApi(() => api.failures({ limit: FAILURES_PAGE, offset: failureOffset }), [failureOffset]);
  return (
    <div className="corpus">
      <section>
        <h1>Articles</h1>
        <Status state={documents} />
        {documents.data && (
          <table className="table">
            <caption className="muted">{documents.data.total} ingested</caption>
            <thead><tr><th>Title</th><th>Outlet</th><th>Published</th><th>Grade</th><th>Status</th></tr></thead>
            <tbody>
              {documents.data.items.map((d) => (
                <tr key={d.id}>
                  <td><Link to={`/documents/${d.id}`}>{d.title ?? '(untitled)'}</Link></td>
                  <td>{d.outlet ?? <span className="muted">unknown</span>}</td>
                  <td>{d.published ?? <span className="muted">undated</span>}</td>
                  <td>{d.grade ?? 'F'}</td>
                  <td>{d.status ?? 'current'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {documents.data && <Pager offset={offset} shown={documents.data.items.length} total={documents.data.total} pageSize={ARTICLES_PAGE} onOffset={setOffset} label="Article pages" />}
      </section>
      <section>
        <h2>Ingest failures</h2>
        <Status state={failures} />
        {failures.data && failures.data.items.length === 0 && <p className="muted">None.</p>}
        <ul className="failures">
          {failures.data?.items.map((f, i) => (
            <li key={i}><code>{f.input}</code>: {f.reason} <span className="muted small">{f.at}</span></li>
          ))}
        </ul>
        {failures.data && <Pager offset={failureOffset} shown={failures.data.items.length} total={failures.data.total} pageSize={FAILURES_PAGE} onOffset={setFailureOffset} label="Failure pages" />}
      </section>
    </div>
  );
}
