import type { ReactElement } from 'react';
import type { Highlight } from '../api';

/** Plain text with <mark>s at the given offsets; text is never parsed as HTML. */
export function Highlighted({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const parts: ReactElement[] = [];
  let at = 0;
  [...highlights].sort((a, b) => a.start - b.start).forEach((h, i) => {
    if (h.start < at) return;
    parts.push(<span key={`t${i}`}>{text.slice(at, h.start)}</span>, <mark key={`m${i}`}>{text.slice(h.start, h.end)}</mark>);
    at = h.end;
  });
  parts.push(<span key="rest">{text.slice(at)}</span>);
  return <>{parts}</>;
}
