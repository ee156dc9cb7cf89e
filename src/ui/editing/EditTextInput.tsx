import { useId } from 'react';
import { countCharacters, normalizeEditText } from '../../state/chartEdits';

interface EditTextInputProps {
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly limit: number;
  /** Why the text cannot be kept (too long), said under it and to screen readers. */
  readonly problem: string | undefined;
  readonly multiline?: boolean;
  /** After a refused Apply: the problem is said at once (an alert), not only with the field. */
  readonly announce?: boolean;
  readonly onChange: (value: string) => void;
}

/**
 * A text field of the edit form with its limit in sight: "42 of 100 characters". Past the limit
 * nothing is cut (a paste keeps every word); the field says by how much, and Apply waits.
 */
export function EditTextInput(props: EditTextInputProps) {
  const id = useId();
  const count = countCharacters(normalizeEditText(props.value) ?? '');
  const describedBy = `${id}-hint ${id}-count${props.problem ? ` ${id}-problem` : ''}`;
  const common = {
    id,
    value: props.value,
    'aria-invalid': Boolean(props.problem),
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
  };
  return (
    <div className="edit-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      <span id={`${id}-hint`} className="edit-hint">
        {props.hint}
      </span>
      <span id={`${id}-count`} className="edit-count">
        {count} of {props.limit} characters
      </span>
      {props.problem ? (
        // While typing it is read with the field (aria-describedby): an alert would interrupt
        // each key. Once Apply was refused, it is said at once.
        <span
          id={`${id}-problem`}
          className="edit-problem"
          {...(props.announce ? { role: 'alert' } : {})}
        >
          {props.problem}
        </span>
      ) : null}
    </div>
  );
}
