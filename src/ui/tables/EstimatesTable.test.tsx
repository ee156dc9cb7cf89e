// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeClaim } from '../../testing/factories/makeClaim';
import { EstimatesTable, estimatesPageSize } from './EstimatesTable';

afterEach(cleanup);

const claims = Array.from({ length: 250 }, (_, i) => makeClaim({ id: `figure-${i}` }));
const sort = { column: 'asOf', direction: 'ascending' } as const;

/** The ids of the rows on screen, from their "id ..." line. */
function shownIds(): string[] {
  return [...document.querySelectorAll('tbody .cell-id')].map((cell) =>
    cell.textContent.replace('id ', ''),
  );
}

describe('EstimatesTable', () => {
  it('draws one page of a long table and says which rows it shows', () => {
    render(<EstimatesTable claims={claims} sort={sort} onSort={vi.fn()} />);
    expect(shownIds()).toHaveLength(estimatesPageSize);
    expect(shownIds()[0]).toBe('figure-0');
    const pager = screen.getByRole('navigation', { name: 'Pages of figures' });
    expect(within(pager).getByRole('status').textContent).toBe('Figures 1\u2013100 of 250');
    expect(screen.getByRole('button', { name: 'Previous page of figures' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('moves a page at a time and to either end', () => {
    render(<EstimatesTable claims={claims} sort={sort} onSort={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next page of figures' }));
    expect(shownIds()[0]).toBe('figure-100');
    fireEvent.click(screen.getByRole('button', { name: 'Last page of figures' }));
    expect(shownIds()).toEqual(claims.slice(200).map((c) => c.id));
    expect(screen.getByRole('status').textContent).toBe('Figures 201\u2013250 of 250');
    expect(screen.getByRole('button', { name: 'Next page of figures' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'First page of figures' }));
    expect(shownIds()[0]).toBe('figure-0');
  });

  it('goes back to the first page when the rows change (a new order or filter)', () => {
    const { rerender } = render(<EstimatesTable claims={claims} sort={sort} onSort={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Last page of figures' }));
    const reversed = [...claims].reverse();
    rerender(<EstimatesTable claims={reversed} sort={sort} onSort={vi.fn()} />);
    expect(shownIds()[0]).toBe('figure-249');
  });

  it('has no page controls when every row fits', () => {
    render(<EstimatesTable claims={claims.slice(0, 40)} sort={sort} onSort={vi.fn()} />);
    expect(shownIds()).toHaveLength(40);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
