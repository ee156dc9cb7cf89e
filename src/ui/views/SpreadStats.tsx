import type { Spread } from '../../domain/compare/computeSpread';
import { describeSpreadGap, spreadRule } from '../../domain/compare/describeSpread';
import { describeFigure } from '../../domain/format/describeClaim';
import { formatCount, formatRatio } from '../../domain/format/formatValue';
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
        <div>
          <dt>Lowest</dt>
          <dd>
            <Isolated>{describeFigure(spread.lowest, { unit })}</Isolated>
          </dd>
        </div>
        <div>
          <dt>Highest</dt>
          <dd>
            <Isolated>{describeFigure(spread.highest, { unit })}</Isolated>
          </dd>
        </div>
        <div>
          <dt>
            Median of {spread.medianCount}
            {leftOut ? ` (${leftOut} ${leftOut === 1 ? 'bound' : 'bounds'} left out)` : ''}
          </dt>
          <dd>
            {spread.median === undefined ? (
              'none: every figure is a bound'
            ) : (
              <Isolated>{`${formatCount(spread.median)} ${unit}`}</Isolated>
            )}
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
      <p className="spread-rule">{spreadRule}</p>
      {gap ? <p className="spread-gap">{gap}</p> : null}
    </div>
  );
}
