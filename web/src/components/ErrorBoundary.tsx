import { Component, type ReactNode } from 'react';

/**
 * A view that throws (a chart library refusing its data, say) shows what went wrong instead of
 * blanking the whole app; the top bar stays usable. Keyed by location, so navigating resets it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="crash">
        <h1>This view failed</h1>
        <p>{this.state.error.message}</p>
        <p className="muted small">Other views still work: use the links above.</p>
      </div>
    );
  }
}
