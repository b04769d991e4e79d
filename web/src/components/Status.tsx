import type { Loaded } from '../useApi';

/** Loading and error states, said in words. */
export function Status({ state }: { state: Loaded<unknown> }) {
  if (state.error) return <p role="alert" className="error">Could not load: {state.error}</p>;
  if (state.loading && !state.data) return <p className="muted">Loading…</p>;
  return null;
}
