import { getSourceLabel, type Claim } from '../../domain/claims/claim';
import type { Spread } from '../../domain/compare/computeSpread';
import { formatCalendarDate } from '../../domain/format/formatDate';
import { formatCount, formatRatio, formatValue } from '../../domain/format/formatValue';

/** Lowest, highest, median and their ratio, each end with who gave it and when. */
export function SpreadStats({ spread, unit }: { spread: Spread | undefined; unit: string }) {
  if (!spread) {
    return (
      <p className="spread-stats">Fewer than two figures can be compared, so there is no spread.</p>
    );
  }
  return (
    <dl className="spread-stats" aria-label="Spread of the comparable figures">
      <div>
        <dt>Lowest</dt>
        <dd>{describe(spread.lowest, unit)}</dd>
      </div>
      <div>
        <dt>Highest</dt>
        <dd>{describe(spread.highest, unit)}</dd>
      </div>
      <div>
        <dt>Median of {spread.count}</dt>
        <dd>
          {formatCount(spread.median)} {unit}
        </dd>
      </div>
      <div>
        <dt>Highest ÷ lowest</dt>
        <dd>
          {spread.ratio === undefined
            ? 'not defined (the lowest is 0)'
            : `${spread.ratioIsFloor ? 'at least ' : ''}${formatRatio(spread.ratio)}`}
        </dd>
      </div>
    </dl>
  );
}

function describe(claim: Claim, unit: string): string {
  const derived = claim.derivedFrom ? ', derived' : '';
  return `${formatValue(claim.value)} ${unit} (${getSourceLabel(claim.source)}, ${formatCalendarDate(claim.asOf)}${derived})`;
}
