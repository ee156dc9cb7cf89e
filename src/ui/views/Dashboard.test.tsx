// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDefaultModel } from '../../testing/loadJson';
import { preloadLazyModules } from '../../testing/preloadLazyModules';
import { stubLayout } from '../../testing/stubLayout';
import { defaultView } from '../../domain/views/viewRegistry';
import { Dashboard } from './Dashboard';

// One panel's chart fails to build; the test checks the failure stays in that panel.
vi.mock('../../domain/charts/buildForcesChart', () => ({
  buildForcesChart: () => {
    throw new RangeError('no scale fits these figures');
  },
}));

beforeAll(async () => {
  stubLayout(640);
  await preloadLazyModules();
});
afterEach(cleanup);

describe('Dashboard', () => {
  it('shows an error card in the panel that failed, and every other panel as usual', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const model = loadDefaultModel();
    // Awaited: the panels after the first suspend until their code has loaded.
    await act(() =>
      Promise.resolve(
        render(
          <Dashboard
            model={model}
            state={{ view: 'dashboard' }}
            navigate={vi.fn()}
            view={defaultView}
            options={{ mode: 'latest' }}
          />,
        ),
      ),
    );
    const forces = screen.getByRole('region', { name: 'Forces deployed' });
    // Panels after the first are built once their code has arrived.
    expect((await within(forces).findByRole('alert', {}, { timeout: 5000 })).textContent).toContain(
      'This chart could not be drawn: Forces deployed',
    );
    expect(within(forces).getByRole('alert').textContent).toContain('no scale fits these figures');
    expect(within(forces).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(
      within(forces).getByRole('link', { name: 'Open full view: Forces deployed' }),
    ).toBeTruthy();
    for (const name of ['Casualties by claimant', 'Over time', 'Equipment and munitions']) {
      const panel = screen.getByRole('region', { name });
      expect(within(panel).queryByRole('alert')).toBeNull();
      // The over-time chart's code arrives after the first chart's.
      expect(await within(panel).findByRole('figure', {}, { timeout: 5000 })).toBeTruthy();
    }
  });
});
