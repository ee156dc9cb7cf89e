import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type { ChartModel } from '../../domain/charts/chartModel';
import { getSourceLabel } from '../../domain/claims/claim';
import { describeFigure } from '../../domain/format/describeClaim';
import { stripIsolates } from '../../domain/format/isolate';
import {
  chartEditLimits,
  checkEditText,
  clearChartEdits,
  normalizeEditText,
  type ChartEdits,
  type EditTextField,
} from '../../state/chartEdits';
import { updateViewState, type ViewState } from '../../state/viewState';
import { EditTextInput } from './EditTextInput';

export interface EditPanelProps {
  readonly id: string;
  readonly chart: ChartModel;
  /** The edits the link carries for this chart, to start from. */
  readonly edits: ChartEdits | undefined;
  /** The view the chart belongs to: the edits go into its link. */
  readonly view: ViewState;
  readonly navigate: (state: ViewState) => void;
  readonly onDone: () => void;
}

type Texts = Record<EditTextField, string>;

const labels: Record<EditTextField, { label: string; hint: string }> = {
  title: { label: 'Title', hint: 'Empty keeps the chart\u2019s own title.' },
  subtitle: { label: 'Subtitle', hint: 'Empty keeps the chart\u2019s own subtitle.' },
  note: { label: 'Note', hint: 'Printed under the chart as the briefer\u2019s note.' },
  callout: { label: 'Callout', hint: 'Drawn in the chart, pointing at the figure chosen below.' },
};

/**
 * A chart's own words, as the briefer wants them: title, subtitle, one note, a callout pinned to
 * one figure, and claimants to highlight. Applied, they go into the view's link, so a copied
 * link reproduces the edited chart; the figures, notes on them and sources stay as they are.
 */
export function EditPanel({ id, chart, edits, view, navigate, onDone }: EditPanelProps) {
  const [texts, setTexts] = useState<Texts>({
    title: edits?.title ?? '',
    subtitle: edits?.subtitle ?? '',
    note: edits?.note ?? '',
    callout: edits?.callout ?? '',
  });
  const [pin, setPin] = useState(edits?.pin ?? '');
  const [highlight, setHighlight] = useState<readonly string[]>(edits?.highlight ?? []);
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const pinId = useId();
  const title = stripIsolates(chart.frame.title);
  const claimants = [...new Map(chart.claims.map((c) => [c.source.id, c.source])).values()];
  const problems = Object.fromEntries(
    (Object.keys(texts) as EditTextField[]).map((field) => {
      const text = normalizeEditText(texts[field]);
      return [field, text === undefined ? undefined : checkEditText(field, text)];
    }),
  ) as Record<EditTextField, string | undefined>;
  const calloutWithoutFigure = normalizeEditText(texts.callout) !== undefined && pin === '';

  const apply = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean) || calloutWithoutFigure) {
      // A text too long is marked already; the figure's choice is marked by this very click.
      const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (invalid ?? document.getElementById(pinId))?.focus();
      return;
    }
    const callout = normalizeEditText(texts.callout);
    navigate(
      updateViewState(view, {
        ...clearChartEdits,
        chart: chart.id,
        title: normalizeEditText(texts.title),
        subtitle: normalizeEditText(texts.subtitle),
        note: normalizeEditText(texts.note),
        callout,
        pin: callout === undefined ? undefined : pin,
        highlight: highlight.length ? [...highlight].sort() : undefined,
      }),
    );
    onDone();
  };

  return (
    <form
      id={id}
      ref={form}
      className="export-panel edit-panel"
      aria-label={`Edit: ${title}`}
      onSubmit={apply}
      noValidate
    >
      <p className="edit-intro">
        Your words, printed as the briefer&rsquo;s: figures, their notes and sources stay as they
        are.
      </p>
      {(Object.keys(labels) as EditTextField[]).map((field) => (
        <EditTextInput
          key={field}
          label={labels[field].label}
          hint={labels[field].hint}
          value={texts[field]}
          limit={chartEditLimits[field]}
          problem={problems[field]}
          multiline={field === 'note'}
          announce={tried}
          onChange={(value) => setTexts((t) => ({ ...t, [field]: value }))}
        />
      ))}
      <label className="edit-field" htmlFor={pinId}>
        Callout points at
        <select
          id={pinId}
          value={pin}
          aria-invalid={tried && calloutWithoutFigure}
          onChange={(event) => setPin(event.target.value)}
        >
          <option value="">No figure (no callout)</option>
          {chart.claims.map((claim) => (
            <option key={claim.id} value={claim.id}>
              {stripIsolates(describeFigure(claim))}
            </option>
          ))}
        </select>
      </label>
      {tried && calloutWithoutFigure ? (
        <p className="edit-problem" role="alert">
          Choose the figure the callout points at, or leave the callout empty.
        </p>
      ) : null}
      <fieldset className="edit-highlight">
        <legend>Highlight claimants (the others are muted)</legend>
        {claimants.map((source) => (
          <label key={source.id}>
            <input
              type="checkbox"
              checked={highlight.includes(source.id)}
              onChange={(event) =>
                setHighlight((ids) =>
                  event.target.checked ? [...ids, source.id] : ids.filter((i) => i !== source.id),
                )
              }
            />
            {stripIsolates(getSourceLabel(source))}
          </label>
        ))}
      </fieldset>
      <div className="export-actions">
        <button type="submit">Apply edits</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            navigate(updateViewState(view, clearChartEdits));
            onDone();
          }}
        >
          Remove all edits
        </button>
      </div>
    </form>
  );
}
