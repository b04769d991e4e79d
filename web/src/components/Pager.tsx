/** Previous / next over a long list, with where the page is: "51–100 of 1,234". */
export function Pager({ offset, shown, total, pageSize, onOffset, label = 'Pages' }: { offset: number; shown: number; total: number; pageSize: number; onOffset: (offset: number) => void; label?: string }) {
  if (total <= pageSize && offset === 0) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>Previous</button>
      <span className="muted small">{shown ? `${(offset + 1).toLocaleString()}–${(offset + shown).toLocaleString()}` : 'none'} of {total.toLocaleString()}</span>
      <button type="button" disabled={offset + pageSize >= total} onClick={() => onOffset(offset + pageSize)}>Next</button>
    </nav>
  );
}
