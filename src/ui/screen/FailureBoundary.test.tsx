// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FailureBoundary } from './FailureBoundary';

let failing = true;
function Fragile({ label }: { label: string }) {
  if (failing) throw new Error('the layout found no room');
  return <p>{label} drawn</p>;
}

function renderTwo(keys: readonly unknown[] = []) {
  return render(
    <>
      <FailureBoundary
        title="This chart could not be drawn: A"
        scope="Others stand."
        resetKeys={keys}
      >
        <Fragile label="A" />
      </FailureBoundary>
      <p>B drawn</p>
    </>,
  );
}

beforeEach(() => {
  failing = true;
  // React reports caught errors on the console; they are expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(cleanup);

describe('FailureBoundary', () => {
  it('puts an error card in place of the failed part, saying what happened; the rest stands', () => {
    renderTwo();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This chart could not be drawn: A');
    expect(alert.textContent).toContain(
      'Crosscheck hit an error: \u201cthe layout found no room\u201d. Others stand.',
    );
    expect(screen.queryByText('A drawn')).toBeNull();
    expect(screen.getByText('B drawn')).toBeTruthy();
  });

  it('tries again on request', () => {
    renderTwo();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('A drawn')).toBeTruthy();
  });

  it('tries again by itself when what it shows changes', () => {
    const { rerender } = renderTwo(['first dataset']);
    failing = false;
    rerender(
      <FailureBoundary title="t" scope="s" resetKeys={['second dataset']}>
        <Fragile label="A" />
      </FailureBoundary>,
    );
    expect(screen.getByText('A drawn')).toBeTruthy();
  });

  it('says something even when what was thrown is not an Error', () => {
    function ThrowsText(): never {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a library might do
      throw '';
    }
    render(
      <FailureBoundary title="t" scope="s" resetKeys={[]}>
        <ThrowsText />
      </FailureBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('no description was given');
  });
});
