// @vitest-environment jsdom
import { stripIsolates } from '../../domain/format/isolate';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readOptions } from '../../../scripts/exportCharts';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import type { ChartsContent } from '../../domain/views/viewContent';
import { panelViews, viewRegistry, type ViewEntry } from '../../domain/views/viewRegistry';
import { defaultViewOptions } from '../../state/readViewOptions';
import { defaultViewState, parseViewState, type ViewState } from '../../state/viewState';
import { defaultDatasetUrl, loadDataset } from '../../testing/loadJson';
import { preloadLazyModules } from '../../testing/preloadLazyModules';
import { stubLayout } from '../../testing/stubLayout';
import { DatasetScreen } from './DatasetScreen';

const dataset = loadDataset(defaultDatasetUrl);

beforeAll(async () => {
  stubLayout(900);
  await preloadLazyModules();
});
afterEach(cleanup);

async function renderView(state: ViewState) {
  const navigate = vi.fn();
  const result = await act(() =>
    Promise.resolve(
      render(<DatasetScreen dataset={dataset} state={state} notices={[]} navigate={navigate} />),
    ),
  );
  // The dashboard draws its panels one frame after another.
  for (let frame = 0; frame < 10 && result.container.querySelector('.chart-loading'); frame++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  return result;
}

/** The charts a view draws by default, as its own builder makes them. */
async function buildDefaultCharts(view: ViewEntry): Promise<ChartsContent['charts']> {
  if (view.layout !== 'charts') return [];
  const build = await view.load();
  return build(prepareDataset(dataset), defaultViewOptions(view)).charts;
}

/** Every chart is drawn, with the export control the CLI uses. */
function expectExportable(charts: ChartsContent['charts']): void {
  for (const chart of charts) {
    const title = stripIsolates(chart.frame.title);
    expect(screen.getByRole('figure', { name: title })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Export chart: ${title}` })).toBeTruthy();
  }
}

describe('every view of the registry', () => {
  it('is reached from the navigation of the first screen, whose link opens it', async () => {
    const { container } = await renderView({ view: defaultViewState.view });
    const nav = screen.getByRole('navigation', { name: 'Views' });
    expect(within(nav).getAllByRole('link')).toHaveLength(viewRegistry.length);
    for (const view of viewRegistry) {
      const link = within(nav).getByRole('link', { name: view.title });
      const href = link.getAttribute('href') ?? '';
      expect(parseViewState(new URL(href, 'http://localhost/').search).state.view).toBe(view.id);
    }
    expect(container.querySelector('.failure-card')).toBeNull();
    // The first screen is the dashboard: each panel view's first chart, exportable.
    for (const view of panelViews) expectExportable((await buildDefaultCharts(view)).slice(0, 1));
  }, 30_000);

  it.each(viewRegistry.map((view) => [view.id, view] as const))(
    '%s loads and draws every chart of its own, each exportable',
    async (_id, view) => {
      const { container } = await renderView({ view: view.id });
      expect(container.querySelector('.view-loading, .chart-loading')).toBeNull();
      expect(container.querySelector('.failure-card')).toBeNull();
      expect(screen.getByRole('heading', { level: 2, name: view.title })).toBeTruthy();
      expectExportable(await buildDefaultCharts(view));
      if (view.layout === 'table') expect(screen.getByRole('table')).toBeTruthy();
    },
    30_000,
  );

  it('lets the export CLI export every view with charts, and the pack by default', () => {
    const args = ['--dataset', 'data.json', '--out', 'out'];
    const withCharts = viewRegistry.filter((view) => view.layout === 'charts');
    expect(withCharts.length).toBeGreaterThan(0);
    for (const view of withCharts) {
      expect(readOptions([...args, '--view', view.id]).views).toEqual([view.id]);
    }
    expect(readOptions(args).views).toEqual(
      withCharts.filter((view) => 'pack' in view).map((view) => view.id),
    );
  });
});
