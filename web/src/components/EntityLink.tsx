import { Link } from 'react-router-dom';
import type { EntityRef } from '../api';

export function EntityLink({ entity }: { entity: EntityRef }) {
  return (
    <Link to={`/entities/${encodeURIComponent(entity.id)}`} className={`entity type-${entity.type}`}>
      {entity.name}
    </Link>
  );
}

export function EntityList({ entities }: { entities: EntityRef[] }) {
  if (entities.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {entities.map((e, i) => (
        <span key={e.id}>
          {i > 0 && ', '}
          <EntityLink entity={e} />
        </span>
      ))}
    </>
  );
}
