/** Mentions per month as a small bar chart (SVG, no library needed for this). */
export function MonthChart({ months }: { months: { month: string; count: number }[] }) {
  if (months.length === 0) return <p className="muted">No dated mentions.</p>;
  const max = Math.max(...months.map((m) => m.count));
  const width = Math.max(120, months.length * 28);
  return (
    <svg className="month-chart" viewBox={`0 0 ${width} 90`} role="img" aria-label={`Mentions per month: ${months.map((m) => `${m.month} ${m.count}`).join(', ')}`}>
      {months.map((m, i) => {
        const h = (m.count / max) * 60;
        return (
          <g key={m.month} transform={`translate(${i * 28 + 4},0)`}>
            <title>{`${m.month}: ${m.count}`}</title>
            <rect x={0} y={70 - h} width={20} height={h} className="bar" />
            <text x={10} y={84} textAnchor="middle" className="axis">{m.month.slice(2)}</text>
          </g>
        );
      })}
    </svg>
  );
}
