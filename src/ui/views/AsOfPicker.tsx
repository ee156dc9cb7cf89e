import { useId } from 'react';
import type { AsOfChoice } from '../../domain/views/viewContent';
import { updateViewState, type ViewState } from '../../state/viewState';

interface AsOfPickerProps {
  readonly choice: AsOfChoice;
  readonly state: ViewState;
  readonly navigate: (state: ViewState) => void;
}

/** The date a view's figures are taken as of, the filters' "to" date: the latest by default. */
export function AsOfPicker({ choice, state, navigate }: AsOfPickerProps) {
  const id = useId();
  return (
    <div className="view-controls">
      <label htmlFor={id}>Figures as of</label>
      <select
        id={id}
        value={choice.chosen ?? ''}
        onChange={(e) => navigate(updateViewState(state, { to: e.target.value || undefined }))}
      >
        <option value="">Latest</option>
        {choice.options.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
