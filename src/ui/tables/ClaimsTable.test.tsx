// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isolate } from '../../domain/format/isolate';
import { makeClaim } from '../../testing/factories/makeClaim';
import { ClaimsTable } from './ClaimsTable';
import { EstimatesTable } from './EstimatesTable';

afterEach(cleanup);

/** One end of a range with a best, and vague words coded as a floor: the parts a table can drop. */
const claims = [
  makeClaim({ id: 'capped', value: { best: 120000, high: 140000, qualifier: 'about' } }),
  makeClaim({
    id: 'floored',
    value: { best: 12, qualifier: 'at-least', text: isolate('several dozen') },
  }),
];

const tableText = () => screen.getByRole('table').textContent;

describe('the tables write out every part of a value', () => {
  it('in the chart table: the upper end and the stated words', () => {
    render(<ClaimsTable claims={claims} caption="Figures in the chart" />);
    const text = tableText();
    expect(text).toContain('about 120,000 (up to 140,000)');
    expect(text).toContain('at least 12');
    expect(text).toContain('stated as \u201cseveral dozen\u201d');
  });

  it('in the table of all estimates', () => {
    const sort = { column: 'asOf', direction: 'ascending' } as const;
    render(<EstimatesTable claims={claims} sort={sort} onSort={() => undefined} />);
    const text = tableText();
    expect(text).toContain('120,000 (up to 140,000)');
    expect(text).toContain('several dozen');
  });
});
