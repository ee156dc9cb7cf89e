import { findView, viewRegistry } from '../../domain/views/viewRegistry';
import { parseViewState, serializeViewState, type ViewState } from '../viewState';
import { briefingLimits } from './briefing';

/**
 * Every setting a state can hold, written out to learn the names of the link's parameters.
 * `Required` makes a setting added to ViewState a compile error here until it is given.
 */
const everySetting: Required<ViewState> = {
  view: 'compare',
  dataset: '/x.json',
  metric: 'm',
  claimants: ['c'],
  metrics: ['m'],
  from: '2025',
  to: '2025',
  mode: 'all',
  theme: 'dark',
  sort: 'value',
  fp: 'abcdef',
  chart: 'c',
  title: 't',
  subtitle: 's',
  note: 'n',
  pin: 'p',
  callout: 'c',
  highlight: ['h'],
};
const linkParameters = new Set(new URLSearchParams(serializeViewState(everySetting)).keys());

/** Parameters a view link has, but a slide must not: why not. */
const refused: Readonly<Record<string, string>> = {
  dataset: 'a briefing belongs to its dataset, so a slide must not name a dataset file (dataset=)',
  fp: 'the briefing names its dataset\u2019s fingerprint once, under "dataset"; a slide must not (fp=)',
  theme: 'a slide has no theme of its own: slides are drawn in the deck\u2019s (theme=)',
};

/** The views a slide can show: one chart each, so views of charts (not the dashboard, a table). */
export const slideViews = viewRegistry.filter((view) => view.layout === 'charts').map((v) => v.id);
const slideViewList = `${slideViews.slice(0, -1).join(', ')} or ${slideViews.at(-1) ?? ''}`;

// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const oneToken = /^[^\s\u0000-\u001f\u007f-\u009f]*$/;

/**
 * Why a slide's link cannot be used, strictly, or nothing: it must be a view link as Copy link
 * writes it, for a view of charts, with only parameters views know, none naming a dataset, and
 * every value one parseViewState takes without a notice. Each message is one problem.
 */
export function checkSlideLink(link: string): string[] {
  if (!link.startsWith('?')) {
    return [
      `must be a view link: a query string starting with "?", as Copy link gives it (got ${quote(link)})`,
    ];
  }
  if (link.length > briefingLimits.link) {
    return [`is too long: ${link.length} characters, at most ${briefingLimits.link}`];
  }
  if (!oneToken.test(link)) {
    return ['must not contain spaces, line breaks or control characters (a space is + or %20)'];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const part of link.slice(1).split('&')) {
    if (part === '') continue;
    const [rawName = '', ...rest] = part.split('=');
    const name = decode(rawName);
    const value = decode(rest.join('='));
    if (name === undefined || value === undefined) {
      problems.push(`has a broken %-escape in ${quote(part)}`);
      continue;
    }
    if (refused[name] !== undefined) problems.push(refused[name]);
    else if (!linkParameters.has(name)) {
      problems.push(`has a parameter views do not know: ${quote(name)} (a typo?)`);
    } else if (seen.has(name)) problems.push(`gives "${name}" twice`);
    else if (value === '') problems.push(`gives "${name}" no value`);
    seen.add(name);
  }
  const params = new URLSearchParams(link);
  const view = params.get('view');
  const entry = view === null ? undefined : findView(view);
  if (view === null || view === '') {
    problems.push(`names no view: a slide shows ${slideViewList} (view=)`);
  } else if (!entry) {
    problems.push(`there is no view ${quote(view)}: a slide shows ${slideViewList}`);
  } else if (entry.layout !== 'charts') {
    problems.push(`the view "${view}" has no chart of its own: a slide shows ${slideViewList}`);
  }
  // The view and the refused parameters are reported above, in a briefing's words.
  for (const name of ['view', ...Object.keys(refused)]) params.delete(name);
  problems.push(...parseViewState(`?${params.toString()}`).notices);
  return problems;
}

/** A component of a query string, decoded as URLSearchParams does, or undefined if broken. */
function decode(component: string): string | undefined {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** A value as a message shows it: quoted, shortened, its invisible controls written as escapes. */
function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return JSON.stringify(short).replace(
    /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
