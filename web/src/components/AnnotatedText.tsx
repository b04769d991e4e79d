import { Link } from 'react-router-dom';
import type { DocumentView } from '../api';

interface Segment {
  start: number;
  end: number;
  mention?: DocumentView['mentions'][number];
  quote?: DocumentView['quotes'][number];
  event?: DocumentView['events'][number];
  boilerplate: boolean;
}

/**
 * Cuts the text at every annotation boundary so each piece knows what covers it. The text is
 * rendered as React text nodes: article content can never become markup.
 */
function segments(view: DocumentView): Segment[] {
  const text = view.document.text;
  const cuts = new Set([0, text.length]);
  const spans = [
    ...view.mentions, ...view.quotes.map((q) => q.content), ...view.events.map((e) => e.trigger), ...view.boilerplate,
  ];
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const within = (s: { start: number; end: number }, a: number, b: number) => s.start <= a && b <= s.end;
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    out.push({
      start: a, end: b,
      mention: view.mentions.find((m) => within(m, a, b)),
      quote: view.quotes.find((q) => within(q.content, a, b)),
      event: view.events.find((e) => within(e.trigger, a, b)),
      boilerplate: view.boilerplate.some((s) => within(s, a, b)),
    });
  }
  return out;
}

export function AnnotatedText({ view }: { view: DocumentView }) {
  const text = view.document.text;
  return (
    <div className="article-text">
      {segments(view).map((s) => {
        const piece = text.slice(s.start, s.end);
        const classes = [
          s.boilerplate && 'boilerplate', s.quote && 'quote', s.event && 'trigger',
          s.mention && `mention type-${s.mention.type}`,
        ].filter(Boolean).join(' ');
        const titles = [
          s.mention && `${s.mention.type}${s.mention.value ? ` = ${s.mention.value}` : ''}`,
          s.event && `event: ${s.event.type} (${s.event.certainty})`,
          s.quote && `quote by ${s.quote.speakerText ?? 'unknown speaker'} (${s.quote.certainty})`,
          s.boilerplate && 'boilerplate: not article content',
        ].filter(Boolean).join('\n');
        const inner = s.mention?.entityId ? (
          <Link to={`/entities/${encodeURIComponent(s.mention.entityId)}`}>{piece}</Link>
        ) : piece;
        return classes ? (
          <span key={s.start} className={classes} title={titles} data-type={s.mention?.type}>{inner}</span>
        ) : (
          <span key={s.start}>{inner}</span>
        );
      })}
    </div>
  );
}
