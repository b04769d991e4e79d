import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { api, type TimelineItem } from '../api';
import { EntityList, EntityLink } from '../components/EntityLink';
import { Grade } from '../components/Grade';
import { Status } from '../components/Status';
import { useApi } from '../useApi';

/** The day after an ISO date: vis-timeline ends are exclusive, ours inclusive. */
function dayAfter(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export default function TimelineView() {
  const [params, setParams] = useSearchParams();
  const filters = { actor: params.get('actor') ?? undefined, type: params.get('type') ?? undefined, place: params.get('place') ?? undefined };
  const state = useApi(() => api.timeline(filters), [params.toString()]);
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<Timeline | null>(null);
  const [selected, setSelected] = useState<TimelineItem | null>(null);
  const items = state.data?.items ?? [];

  useEffect(() => {
    if (!container.current || items.length === 0) return;
    const data = new DataSet(items.map((item) => ({
      id: item.id,
      content: item.label,
      start: item.start,
      // A month- or year-precision event is drawn as the range it may fall in.
      ...(item.precision === 'day' ? { type: 'box' } : { end: dayAfter(item.end), type: 'range' }),
      className: `tl-${item.type} precision-${item.precision}`,
      title: `${item.type.replace(/_/g, ' ')} · ${item.precision === 'day' ? item.start : `${item.start} – ${item.end} (${item.precision} precision)`}`,
    })));
    const timeline = new Timeline(container.current, data, { stack: true, zoomable: true, minHeight: 160, maxHeight: 420, orientation: 'top' });
    timeline.on('select', ({ items: ids }: { items: string[] }) => setSelected(items.find((i) => i.id === ids[0]) ?? null));
    chart.current = timeline;
    return () => {
      timeline.destroy();
      chart.current = null;
    };
  }, [items]);

  /** Choosing from the list (keyboard) selects and shows the item on the chart too. */
  function choose(item: TimelineItem) {
    setSelected(item);
    chart.current?.setSelection([item.id], { focus: true, animation: { animation: false } });
  }

  const types = [...new Set(items.map((i) => i.type))].sort();
  return (
    <div className="with-sidebar">
      <section>
        <h1>Timeline</h1>
        <div className="toolbar">
          <label>Event type{' '}
            <select value={filters.type ?? ''} onChange={(e) => setParams((p) => { const n = new URLSearchParams(p); if (e.target.value) n.set('type', e.target.value); else n.delete('type'); return n; })}>
              <option value="">all</option>
              {types.map((t) => <option key={t} value={t}>{t.replace(/_/g, ' ')}</option>)}
            </select>
          </label>
          {(filters.actor || filters.place) && <button type="button" onClick={() => setParams(new URLSearchParams())}>Clear actor/place filter</button>}
          <span className="muted small">{items.length} events; undated events are not shown. Scroll to zoom, drag to pan.</span>
        </div>
        <Status state={state} />
        <div ref={container} className="timeline-canvas" aria-label="Timeline of events" />
        <h2>Events in date order</h2>
        <ol className="compact timeline-events">
          {items.map((i) => (
            <li key={i.id} className={selected?.id === i.id ? 'selected' : undefined}>
              <span className="muted small">{i.precision === 'day' ? i.start : `${i.start} – ${i.end}`}</span>{' '}
              <button type="button" className="link-button" aria-pressed={selected?.id === i.id} onClick={() => choose(i)}>{i.label}</button>
            </li>
          ))}
        </ol>
      </section>
      <aside className="side-panel" aria-live="polite">
        {selected ? (
          <>
            <h2>{selected.label}</h2>
            <p className="small">{selected.precision === 'day' ? selected.start : `${selected.start} – ${selected.end} (${selected.precision})`} · {selected.certainty} <Grade credibility={selected.credibility} /></p>
            <p className="small"><EntityList entities={selected.actors} /> → <EntityList entities={selected.targets} />{selected.location && <> in <EntityLink entity={selected.location} /></>}</p>
            <h3>Reports</h3>
            <ul className="compact evidence">
              {selected.reports.map((r) => <li key={r.eventId}><q>{r.evidence?.text ?? '…'}</q> <Link to={`/documents/${r.documentId}`} className="small">article</Link></li>)}
            </ul>
          </>
        ) : <p className="muted">Select an event to see its evidence.</p>}
      </aside>
    </div>
  );
}
