import { formatCount } from '../../domain/format/formatValue';

interface TablePagerProps {
  /** First row shown, 0-based. */
  readonly start: number;
  readonly pageSize: number;
  readonly total: number;
  readonly onChange: (start: number) => void;
  /** What the rows are, for the controls' names: "figures". */
  readonly what: string;
}

/**
 * Page controls for a long table: which rows are shown, and buttons to move by a page or to
 * either end. A table of 100,000 rows is not drawn at once: the page would freeze.
 */
export function TablePager({ start, pageSize, total, onChange, what }: TablePagerProps) {
  if (total <= pageSize) return null;
  const last = Math.floor((total - 1) / pageSize) * pageSize;
  const end = Math.min(start + pageSize, total);
  const buttons = [
    { label: 'First', to: 0, disabled: start === 0 },
    { label: 'Previous', to: Math.max(0, start - pageSize), disabled: start === 0 },
    { label: 'Next', to: Math.min(last, start + pageSize), disabled: start >= last },
    { label: 'Last', to: last, disabled: start >= last },
  ];
  return (
    <nav className="table-pager" aria-label={`Pages of ${what}`}>
      <p role="status">
        {what[0]?.toUpperCase()}
        {what.slice(1)} {formatCount(start + 1)}&ndash;{formatCount(end)} of {formatCount(total)}
      </p>
      {buttons.map(({ label, to, disabled }) => (
        <button
          key={label}
          type="button"
          className="secondary"
          disabled={disabled}
          aria-label={`${label} page of ${what}`}
          onClick={() => onChange(to)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
