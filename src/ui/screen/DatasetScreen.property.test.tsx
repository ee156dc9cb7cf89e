// @vitest-environment jsdom
import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../data/schema/validateDataset';
import { viewRegistry } from '../../domain/views/viewRegistry';
import { stubLayout } from '../../testing/stubLayout';
import { arbitraryDataset } from '../../testing/arbitrary/arbitraryDataset';
import { preloadLazyModules } from '../../testing/preloadLazyModules';
import { DatasetScreen } from './DatasetScreen';

beforeAll(async () => {
  stubLayout(900);
  // Loaded here, so that each render below settles within its act() and is checked whole.
  await preloadLazyModules();
});
afterEach(cleanup);

describe('the screen of any dataset the validator accepts (fast-check)', () => {
  it('shows every view without a failure, its strings inert and its links safe', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDataset, async (input) => {
        const result = validateDataset(input);
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
        for (const { id: view } of viewRegistry) {
          let screen: RenderResult | undefined;
          await act(() => {
            screen = render(
              <DatasetScreen
                dataset={result.dataset}
                state={{ view }}
                notices={[]}
                navigate={vi.fn()}
              />,
            );
            return Promise.resolve();
          });
          if (!screen) throw new Error('not rendered');
          const { container, unmount } = screen;
          // The dashboard draws its panels one frame after another.
          for (let frame = 0; frame < 10 && container.querySelector('.chart-loading'); frame++) {
            await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
          }
          expect(container.querySelector('.view-loading, .chart-loading')).toBeNull();
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
