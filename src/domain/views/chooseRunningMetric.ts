import { listOverTimeMetrics, pickDefaultOverTimeMetric } from '../time/buildOverTimeChart';
import type { DatasetModel } from '../claims/prepareDataset';
import type { MetricChoice } from './viewContent';

/**
 * The metric a view of running figures shows: the one asked for, where the model has running
 * figures of it, else the default (the casualty total). Undefined when there is none to show.
 */
export function chooseRunningMetric(
  model: DatasetModel,
  asked: string | undefined,
): MetricChoice | undefined {
  const metrics = listOverTimeMetrics(model);
  const fallback = pickDefaultOverTimeMetric(model);
  const chosen = metrics.find((m) => m.id === asked) ?? fallback;
  return chosen ? { metrics, chosen, fallback } : undefined;
}
