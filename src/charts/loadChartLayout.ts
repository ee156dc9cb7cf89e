import { hasCallout, loadCallouts } from './annotation/loadCallouts';
import type { ChartLayout } from './chartKind';
import { getChartKind } from './chartKindRegistry';
import type { ChartModel } from '../domain/charts/chartModel';

/**
 * A model's layout, loaded with what it needs to run: a briefer's callout is placed by code
 * loaded on demand, which must be in before the layout runs. (Not in chartKindRegistry: only
 * the exports and the bake need it, not the page's first chart.)
 */
export async function loadChartLayout<Model extends ChartModel>(
  model: Model,
): Promise<ChartLayout<Model>> {
  const [layout] = await Promise.all([
    getChartKind(model).loadLayout() as Promise<ChartLayout<Model>>,
    hasCallout(model) ? loadCallouts() : undefined,
  ]);
  return layout;
}
