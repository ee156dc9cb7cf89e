import type { Spread } from '../../domain/compare/computeSpread';
import { describeSpreadGap, spreadRule } from '../../domain/compare/describeSpread';
import { describeFigure } from '../../domain/format/describeClaim';
import { formatCount, formatRatio } from '../../domain/format/formatValue';
import type { ReactNode } from 'react';
import { Isolated } from '../../charts/Isolated';

/**
 * Lowest, highest, median and their ratio, each end with who gave it and when; the rule they
 * follow; and a warning when the ends were given far apart in time.
 */
export function SpreadStats({ spread, unit }: { spread: Spread | undefined; unit: string }) {
  if (!spread) {
    return (
      <p className="spread-stats">Fewer than two figures can be compared, so there is no spread.</p>
    );
  }
  const leftOut = spread.count - spread.medianCount;
  const gap = describeSpreadGap(spread);
  return (
    <div className="spread-stats">
      <dl aria-label="Spread of the comparable figures">
        <Stat term="Lowest">
          <Isolated>{describeFigure(spread.lowest, { unit })}</Isolated>
        </Stat>
        <Stat term="Highest">
          <Isolated>{describeFigure(spread.highest, { unit })}</Isolated>
        </Stat>
        <Stat
          term={`Median of ${spread.medianCount}${leftOut ? ` (${leftOut} ${leftOut === 1 ? 'bound' : 'bounds'} left out)` : ''}`}
        >
          {spread.median === undefined ? (
            'none: every figure is a bound'
          ) : (
            <Isolated>{`${formatCount(spread.median)} ${unit}`}</Isolated>
          )}
        </Stat>
        <Stat term="Highest ÷ lowest">
          {spread.ratio === undefined
            ? 'not defined (the lowest is 0)'
            : `${spread.ratioIsFloor ? 'at least ' : ''}${formatRatio(spread.ratio)}`}
        </Stat>
      </dl>
      <p className="spread-rule">{spreadRule}</p>
      {gap ? <p className="spread-gap">{gap}</p> : null}
    </div>
  );
}

function Stat({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
