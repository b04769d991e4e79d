import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type GraphEdgeView } from '../api';
import { useApi } from '../useApi';
import { Pager } from './Pager';
import { Status } from './Status';

const PAGE = 10;

/** The sentences behind a link, a page at a time: from the graph view when it holds them all, else from the API. */
export function EdgeEvidence({ edge }: { edge: GraphEdgeView }) {
  const [offset, setOffset] = useState(0);
  const state = useApi(
    () => (edge.evidence.length === edge.evidenceCount ? Promise.resolve({ items: edge.evidence.slice(offset, offset + PAGE) }) : api.edgeEvidence(edge.id, { limit: PAGE, offset })),
    [edge.id, offset],
  );
  return (
    <>
      <h2>Evidence: {edge.kind.replace(/^event:/, '').replace(/_/g, ' ')} <span className="muted small">({edge.evidenceCount.toLocaleString()})</span></h2>
      <Status state={state} />
      <ul className="compact evidence">
        {state.data?.items.map((e, i) => (
          <li key={`${offset}-${i}`}><q>{e.text}</q> <Link to={`/documents/${e.documentId}`} className="small">article</Link></li>
        ))}
      </ul>
      <Pager offset={offset} shown={state.data?.items.length ?? 0} total={edge.evidenceCount} pageSize={PAGE} onOffset={setOffset} />
    </>
  );
}
