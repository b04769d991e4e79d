import { lazy, Suspense } from 'react';
import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SearchView } from './views/SearchView';
import { ReaderView } from './views/ReaderView';
import { EntityView } from './views/EntityView';
import { ClaimsView } from './views/ClaimsView';

// The heavy views (graph, timeline, map) load their libraries only when opened.
const GraphView = lazy(() => import('./views/GraphView'));
const TimelineView = lazy(() => import('./views/TimelineView'));
const MapView = lazy(() => import('./views/MapView'));

const NAV = [
  ['/', 'Search'],
  ['/graph', 'Graph'],
  ['/timeline', 'Timeline'],
  ['/map', 'Map'],
  ['/claims', 'Claims'],
] as const;

export function App() {
  const location = useLocation();
  return (
    <div className="app">
      <header className="topbar">
        <NavLink to="/" className="brand">Dossier</NavLink>
        <nav aria-label="Views">
          {NAV.map(([to, label]) => (
            <NavLink key={to} to={to} end={to === '/'}>{label}</NavLink>
          ))}
        </nav>
      </header>
      <main>
        <ErrorBoundary key={location.pathname}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Routes>
            <Route path="/" element={<SearchView />} />
            <Route path="/documents/:id" element={<ReaderView />} />
            <Route path="/entities/:id" element={<EntityView />} />
            <Route path="/graph" element={<GraphView />} />
            <Route path="/timeline" element={<TimelineView />} />
            <Route path="/map" element={<MapView />} />
            <Route path="/claims" element={<ClaimsView />} />
            <Route path="*" element={<p>Nothing here. <NavLink to="/">Back to search</NavLink></p>} />
          </Routes>
        </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
