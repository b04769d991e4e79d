import { lazy, Suspense, useEffect, useRef } from 'react';
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
  const main = useRef<HTMLElement>(null);
  const arrived = useRef(false);
  // After an in-app navigation keyboard and screen-reader users start at the new view, as they
  // would after a page load; the first load keeps the view's own focus (the search box).
  useEffect(() => {
    if (arrived.current) main.current?.focus();
    arrived.current = true;
  }, [location.pathname]);
  return (
    <div className="app">
      <a href="#main" className="skip-link">Skip to content</a>
      <header className="topbar">
        <NavLink to="/" className="brand">Dossier</NavLink>
        <nav aria-label="Views">
          {NAV.map(([to, label]) => (
            <NavLink key={to} to={to} end={to === '/'}>{label}</NavLink>
          ))}
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
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
