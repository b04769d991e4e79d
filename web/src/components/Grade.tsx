const CREDIBILITY = ['', 'confirmed', 'probably true', 'possibly true', 'doubtful', 'improbable', 'cannot be judged'];

/** An Admiralty code such as "B2", with its meaning on hover and for screen readers. */
export function Grade({ source, credibility }: { source?: string; credibility?: number | null }) {
  const label = [source && `source ${source}`, credibility && `information ${credibility}: ${CREDIBILITY[credibility]}`].filter(Boolean).join(', ');
  return (
    <span className={`grade grade-${credibility ?? 'none'}`} title={label} aria-label={label}>
      {source ?? ''}{credibility ?? ''}
    </span>
  );
}

export function credibilityLabel(credibility: number): string {
  return CREDIBILITY[credibility] ?? '';
}
