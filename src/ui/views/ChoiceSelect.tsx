import { useId } from 'react';

interface ChoiceSelectProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChoose: (value: string) => void;
}

/** A choice above a view's charts (its metric, the date figures are taken as of). */
export function ChoiceSelect({ label, value, options, onChoose }: ChoiceSelectProps) {
  const id = useId();
  return (
    <div className="view-controls">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChoose(e.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
