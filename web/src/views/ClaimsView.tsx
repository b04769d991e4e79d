import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type BoardItem, type BoardShow } from '../api';
import { credibilityLabel, Grade } from '../components/Grade';
import { Pager } from '../components/Pager';
import { Status } from '../components/Status';
import { useApi } from '../useApi';

/** Cards per page: a large corpus has a board of many thousand items. */
export const BOARD_PAGE = 50;

export function ClaimsView() {
  const [show, setShow] = useState<BoardShow>('all');
  const [offset, setOffset] = useState(0);
  const state = useApi(() => api.claims({ show, limit: BOARD_PAGE, offset }), [show, offset]);
  const board = state.data;
  const choose = (f: BoardShow) => {
    setShow(f);
    setOffset(0);
  };
  return (
    <section>
      <h1>Claims board</h1>
      <div className="toolbar" role="group" aria-label="Show">
        {(['all', 'contested', 'corroborated'] as const).map((f) => (
          <button key={f} type="button" aria-pressed={show === f} className={show === f ? 'chip selected' : 'chip'} onClick={() => choose(f)}>
            {f}{board ? <span className="muted small"> {board.counts[f].toLocaleString()}</span> : null}
          </button>
        ))}
      </div>
      <Status state={state} />
      {/* Busy while another filter or page loads: the cards shown are still the previous ones. */}
      <div className="board" aria-busy={state.loading}>
        {board?.items.map((item) => <Card key={item.key} item={item} onChange={state.reload} />)}
      </div>
      {board && <Pager offset={offset} shown={board.items.length} total={board.total} pageSize={BOARD_PAGE} onOffset={setOffset} />}
    </section>
  );
}

function Card({ item, onChange }: { item: BoardItem; onChange: () => void }) {
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const supporting = item.reports.filter((r) => r.supports);
  const contradicting = item.reports.filter((r) => !r.supports);
  return (
    <article className="card" aria-label={item.summary}>
      <header>
        <Grade credibility={item.credibility} /> <strong>{item.summary}</strong>
        <div className="muted small">
          {item.kind} · {item.independentSources} independent source{item.independentSources === 1 ? '' : 's'} · {credibilityLabel(item.credibility)}: {item.reason}
          {item.override && <> · set by {item.override.who}: “{item.override.reason}”</>}
        </div>
      </header>
      {item.contradictions.length > 0 && (
        <p className="contradiction small">Disputed: {item.contradictions.map((c) => `${c.kind} (${c.sides.map((s) => s.value).join(' vs ')})`).join('; ')}</p>
      )}
      <div className="sides">
        <div>
          <h3>Supporting</h3>
          <Reports reports={supporting} />
        </div>
        <div>
          <h3>Contradicting</h3>
          {contradicting.length ? <Reports reports={contradicting} /> : <p className="muted small">None.</p>}
        </div>
      </div>
      {editing ? (
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            try {
              const first = item.reports[0]!;
              await api.gradeItem(first.kind, first.id, Number(d.get('credibility')), String(d.get('who') || 'analyst'), String(d.get('reason')));
              setEditing(false);
              onChange();
            } catch (error) {
              setMessage(error instanceof Error ? error.message : String(error));
            }
          }}
        >
          <label>Credibility <select name="credibility" defaultValue={item.credibility}>{[1, 2, 3, 4, 5, 6].map((c) => <option key={c} value={c}>{c} {credibilityLabel(c)}</option>)}</select></label>
          <label>Reason <input name="reason" required /></label>
          <label>By <input name="who" defaultValue="analyst" /></label>
          <button type="submit">Save</button> <button type="button" onClick={() => setEditing(false)}>Cancel</button>
        </form>
      ) : (
        <button type="button" onClick={() => setEditing(true)}>Override grade</button>
      )}
      {message && <p role="alert" className="error">{message}</p>}
    </article>
  );
}

/** Reports shown per side before "show all": a claim repeated across a large corpus has hundreds. */
const REPORTS_SHOWN = 8;

function Reports({ reports }: { reports: BoardItem['reports'] }) {
  const [all, setAll] = useState(false);
  const shown = all ? reports : reports.slice(0, REPORTS_SHOWN);
  return (
    <>
      <ul className="compact evidence">
        {shown.map((r) => (
          <li key={r.key}>
            <Grade source={r.grade} /> <span className="small">{r.outlet ?? 'unknown outlet'}</span>: <q>{r.text}</q>{' '}
            <span className="muted small">{r.certainty}</span> <Link to={`/documents/${r.documentId}`} className="small">article</Link>
          </li>
        ))}
      </ul>
      {shown.length < reports.length && (
        <button type="button" className="small" onClick={() => setAll(true)}>Show all {reports.length} reports</button>
      )}
    </>
  );
}
