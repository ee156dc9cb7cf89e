import { useId, useState } from 'react';
import { explainCalendarDate } from '../../data/schema/calendarDate';

/** A date at any precision (2025, 2025-01, 2025-01-24), applied when it is one. */
export function DateField(props: {
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(props.value ?? '');
  const [seen, setSeen] = useState(props.value);
  if (seen !== props.value) {
    // The URL changed (back, forward, Clear filters): show its value.
    setSeen(props.value);
    setDraft(props.value ?? '');
  }
  const problem = draft === '' ? undefined : explainCalendarDate(draft);
  const apply = () => {
    if (problem === undefined && draft !== (props.value ?? '')) props.onChange(draft || undefined);
  };
  return (
    <div className="date-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={draft}
        placeholder="YYYY-MM-DD"
        inputMode="numeric"
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setDraft(e.target.value.trim())}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
      />
      {problem ? (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
