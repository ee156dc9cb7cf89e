import { useId } from 'react';
import type { Metric } from '../../data/schema/datasetSchema';
import { updateViewState, type ViewState } from '../../state/viewState';

interface MetricPickerProps {
  readonly metrics: readonly Metric[];
  readonly chosen: Metric;
  /** The view's default metric: choosing it leaves `metric` out of the link. */
  readonly fallback: Metric | undefined;
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
}

/** The metric a view shows, kept in the URL. */
export function MetricPicker({ metrics, chosen, fallback, state, navigate }: MetricPickerProps) {
  const id = useId();
  const choose = (metric: string) =>
    navigate(updateViewState(state, { metric: metric === fallback?.id ? undefined : metric }));
  return (
    <div className="view-controls">
      <label htmlFor={id}>Metric</label>
      <select id={id} value={chosen.id} onChange={(e) => choose(e.target.value)}>
        {metrics.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
    </div>
  );
}
