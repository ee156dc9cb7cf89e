// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../data/validateDataset';
import { viewIds } from '../state/viewState';
import { stubLayout } from '../testing/stubLayout';
import { arbitraryDataset } from '../testing/arbitraryDataset';
import { DatasetScreen } from './DatasetScreen';

beforeAll(() => stubLayout(900));
afterEach(cleanup);

describe('the screen of any dataset the validator accepts (fast-check)', () => {
  it('shows every view without a failure, its strings inert and its links safe', () => {
    fc.assert(
      fc.property(arbitraryDataset, (input) => {
        const result = validateDataset(input);
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
        for (const view of viewIds) {
          const { container, unmount } = render(
            <DatasetScreen
              dataset={result.dataset}
              state={{ view }}
              notices={[]}
              navigate={vi.fn()}
            />,
          );
          // No boundary caught anything: no error card anywhere.
          expect(container.querySelector('.failure-card')?.textContent).toBeUndefined();
          expect(container.querySelector('script, iframe, object, embed, img')).toBeNull();
          for (const link of container.querySelectorAll('a[href]')) {
            const href = link.getAttribute('href') ?? '';
            // The web, or a page of this app: never javascript:, data: or another scheme.
            expect(href).toMatch(/^(https?:\/\/|\?|#|\.\/|\/(?!\/))/i);
            if (/^https?:/i.test(href)) {
              expect(link.getAttribute('target')).toBe('_blank');
              expect(link.getAttribute('rel')).toBe('noopener noreferrer');
            }
          }
          unmount();
        }
        expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
