import { useState, type ReactNode } from 'react';
import { api, type ProfileList } from '../api';

const PAGE = 50;

/**
 * One of an entity profile's lists: the newest items come with the profile, the rest are
 * fetched a page at a time on request (a much-mentioned entity has thousands).
 */
export function MoreItems<T>({ entityId, list, first, total, render }: {
  entityId: string; list: ProfileList; first: T[]; total: number; render: (item: T) => ReactNode;
}) {
  const [more, setMore] = useState<T[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const shown = first.length + more.length;
  async function load() {
    setLoading(true);
    try {
      const page = await api.entityList(entityId, list, { limit: PAGE, offset: shown });
      setMore((items) => [...items, ...(page.items as T[])]);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  }
  return (
    <>
      <ul className="compact">{[...first, ...more].map(render)}</ul>
      {shown < total && (
        <button type="button" disabled={loading} onClick={() => void load()}>
          Show {Math.min(PAGE, total - shown)} more <span className="muted small">({shown.toLocaleString()} of {total.toLocaleString()})</span>
        </button>
      )}
      {error && <p role="alert" className="error">{error}</p>}
    </>
  );
}
