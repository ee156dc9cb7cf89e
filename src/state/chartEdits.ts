import { countCharacters, splitCharacters } from '../data/schema/countCharacters';
import type { ChartEditsInput } from '../domain/charts/applyChartEdits';

export { countCharacters };

/**
 * A briefer's own words on a chart, as the URL carries them: a title, a subtitle, one note, a
 * short callout pinned to one figure, and claimants to highlight (the others muted). They change
 * no figure and no source; applyChartEdits (domain) puts them on the chart and says they are the
 * briefer's.
 */
export interface ChartEdits extends ChartEditsInput {
  /** The chart of the view the edits (and a briefing's slide) are about; absent: its first. */
  readonly chart?: string;
}

/** The longest text each field takes, in characters: a title must still fit a slide's line. */
export const chartEditLimits = { title: 100, subtitle: 160, note: 280, callout: 80 } as const;
export type EditTextField = keyof typeof chartEditLimits;
export const editTextFields = Object.keys(chartEditLimits) as EditTextField[];

const fieldNames: Record<EditTextField, string> = {
  title: 'title',
  subtitle: 'subtitle',
  note: 'note',
  callout: 'callout',
};

/**
 * Claim ids include derived ones ("derived:casualties:kr-nis:kr-nis@2025-01-13"), which for a
 * period with 80-character ids run to some 290 characters.
 */
const claimIdPattern = /^[A-Za-z0-9][A-Za-z0-9:@._-]{0,399}$/;
const chartIdPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;
const slugPattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * A briefer's text as it is kept: one line (control characters and line breaks become spaces,
 * runs of spaces one), trimmed. Empty is absent.
 */
export function normalizeEditText(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  const line = plain.replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}

/** Why a text cannot be kept, or undefined: "The title is 130 characters; at most 100." */
export function checkEditText(field: EditTextField, text: string): string | undefined {
  const length = countCharacters(text);
  const limit = chartEditLimits[field];
  if (length <= limit) return undefined;
  const name = fieldNames[field];
  return `The ${name} is ${length} characters long; a ${name} may have at most ${limit}.`;
}

/** Cuts a text to its field's limit, by characters (never inside one). */
function cutToLimit(field: EditTextField, text: string): string {
  return splitCharacters(text).slice(0, chartEditLimits[field]).join('').trimEnd();
}

/**
 * The edits in a query string. A text past its limit is cut to it, an id of the wrong shape is
 * dropped, and a callout without a figure to point at is ignored, each with a notice in the
 * words a reader of the link needs. `problems` (for briefing files) gets the same, strictly.
 */
export function readChartEdits(params: URLSearchParams, notices: string[]): ChartEdits {
  const edits: { -readonly [K in keyof ChartEdits]: ChartEdits[K] } = {};
  const chart = params.get('chart') ?? undefined;
  if (chart !== undefined && chart !== '') {
    if (chartIdPattern.test(chart)) edits.chart = chart;
    else notices.push(`"${chart.slice(0, 40)}" is not a chart id; the view's first chart is used.`);
  }
  for (const field of editTextFields) {
    const raw = params.get(field);
    const text = raw === null ? undefined : normalizeEditText(raw);
    if (text === undefined) continue;
    const problem = checkEditText(field, text);
    if (problem) notices.push(`${problem} It was cut to ${chartEditLimits[field]}.`);
    edits[field] = problem ? cutToLimit(field, text) : text;
  }
  const pin = params.get('pin') ?? undefined;
  if (pin !== undefined && pin !== '') {
    if (claimIdPattern.test(pin)) edits.pin = pin;
    else notices.push(`"${pin.slice(0, 40)}" is not a figure's id; the callout is not shown.`);
  }
  if ((edits.callout === undefined) !== (edits.pin === undefined)) {
    if (edits.callout !== undefined) notices.push('The callout names no figure; it is not shown.');
    delete edits.callout;
    delete edits.pin;
  }
  const highlight = params.get('highlight');
  if (highlight) {
    const ids = highlight.split(',').filter((id) => id !== '');
    const bad = ids.filter((id) => !slugPattern.test(id));
    if (bad.length)
      notices.push(`Ignored highlighted claimants that are not ids: ${bad.join(', ')}.`);
    const good = [...new Set(ids.filter((id) => slugPattern.test(id)))].sort();
    if (good.length) edits.highlight = good;
  }
  return edits;
}

/** Writes the edits into a query string's parameters, in a fixed order. */
export function writeChartEdits(params: URLSearchParams, edits: ChartEdits): void {
  if (edits.chart) params.set('chart', edits.chart);
  for (const field of editTextFields) {
    const text = edits[field];
    if (text) params.set(field, text);
  }
  if (edits.pin) params.set('pin', edits.pin);
  if (edits.highlight?.length) params.set('highlight', [...edits.highlight].sort().join(','));
}

/** Whether a state carries any of the briefer's words or marks (a chart id alone is none). */
export function hasChartEdits(edits: ChartEdits): boolean {
  const texts = [edits.title, edits.subtitle, edits.note, edits.callout];
  return (
    texts.some((text) => text !== undefined && text !== '') || Boolean(edits.highlight?.length)
  );
}

/** The edit fields' names, for clearing them all at once: `updateViewState(s, clearEdits)`. */
export const clearChartEdits = {
  chart: undefined,
  title: undefined,
  subtitle: undefined,
  note: undefined,
  pin: undefined,
  callout: undefined,
  highlight: undefined,
} as const satisfies Record<keyof ChartEdits, undefined>;
