import { useId } from 'react';
import type { MetricChoice } from '../../domain/views/viewContent';
import { updateViewState, type ViewState } from '../../state/viewState';

interface MetricPickerProps {
  readonly choice: MetricChoice;
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
}

/** The metric a view shows, kept in the URL; the view's default is left out of links. */
export function MetricPicker({ choice, state, navigate }: MetricPickerProps) {
  const id = useId();
  const choose = (metric: string) =>
    navigate(
      updateViewState(state, { metric: metric === choice.fallback?.id ? undefined : metric }),
    );
  return (
    <div className="view-controls">
      <label htmlFor={id}>Metric</label>
      <select id={id} value={choice.chosen.id} onChange={(e) => choose(e.target.value)}>
        {choice.metrics.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
    </div>
  );
}
