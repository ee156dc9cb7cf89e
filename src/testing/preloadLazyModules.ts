import { loadCallouts } from '../charts/annotation/loadCallouts';
import { preloadViewBuilders } from '../domain/views/loadViewBuilder';

/**
 * Loads every module the UI loads on demand (every view's builder and layout, the line chart, the
 * briefer's callout, the claim card, the filter controls, the export panel, the error view), so
 * that a test's render settles within its act() and no import is still arriving when the test
 * environment is torn down.
 */
export async function preloadLazyModules(): Promise<void> {
  await Promise.all([
    preloadViewBuilders(),
    import('../ui/views/ChartsView'),
    import('../ui/views/TableView'),
    import('../charts/time/OverTimeChart'),
    import('../charts/time/layoutTimeChart'),
    loadCallouts(),
    import('../charts/tooltip/ClaimPopoverView'),
    import('../ui/filters/FilterControls'),
    import('../ui/exporting/ExportPanel'),
    import('../ui/loading/DatasetErrorView'),
  ]);
}
