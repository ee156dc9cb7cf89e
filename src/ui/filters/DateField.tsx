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
        placeholder="YYYY-MM"
        inputMode="numeric"
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
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
      ) : (
        <span id={`${id}-hint`} className="date-field-hint">
          A year, a month or a day: 2025, 2025-01 or 2025-01-24
        </span>
      )}
    </div>
  );
}
