import type { Qualifier, Value } from '../../data/schema/datasetSchema';
import type { Claim } from '../claims/claim';
import { getQualifier } from '../claims/valueMath';
import { isolate, isolateStart, stripIsolates } from './isolate';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 2700 -> "2,700". */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

const words: Record<Qualifier, string> = {
  about: 'about',
  exactly: 'exactly',
  'at-least': 'at least',
  'more-than': 'more than',
  'up-to': 'up to',
  'fewer-than': 'fewer than',
};

const signs: Record<Qualifier, string> = {
  about: '',
  exactly: '',
  'at-least': '\u2265',
  'more-than': '>',
  'up-to': '\u2264',
  'fewer-than': '<',
};

/**
 * Every number a value states: "300", "10,000\u201312,000", "1,250 (900\u20131,600)", and a range
 * given at one end only: "120,000 (up to 140,000)", "120,000 (at least 100,000)". `short` writes
 * those ends as signs, for labels on a chart: "120,000 (\u2264140,000)".
 */
export function formatNumbers(value: Value, short = false): string {
  const { best, low, high } = value;
  const range =
    low !== undefined && high !== undefined
      ? `${formatCount(low)}\u2013${formatCount(high)}`
      : high !== undefined
        ? `${short ? '\u2264' : 'up to '}${formatCount(high)}`
        : low !== undefined
          ? `${short ? '\u2265' : 'at least '}${formatCount(low)}`
          : undefined;
  if (best === undefined) return range ?? '';
  return range ? `${formatCount(best)} (${range})` : formatCount(best);
}

/**
 * In words, as a person would say it, with every part the value states: "about 300", "more
 * than 3,000", "about 10,000\u201312,000", "about 120,000 (up to 140,000)"; and the wording the
 * source used, where it says more than that: "at least 300, stated as \u201cseveral hundred\u201d".
 * With `unit` (what is counted), the wording follows it in brackets: "about 1,000 wounded
 * (stated as \u201cclose to 1,000\u201d)". `wording: false` leaves the wording to be shown apart
 * (a claim's card).
 */
export function formatValue(
  value: Value,
  { wording = true, unit }: { readonly wording?: boolean; readonly unit?: string } = {},
): string {
  const coded = `${words[getQualifier(value)]} ${formatNumbers(value)}`;
  const figure = unit ? `${coded} ${unit}` : coded;
  const stated = wording ? formatWording(value) : undefined;
  if (stated === undefined) return figure;
  return unit ? `${figure} (${stated})` : `${figure}, ${stated}`;
}

/**
 * The source's own words, where they say more than the coded figure: "stated as \u201cseveral
 * hundred\u201d"; undefined where there are none, or they only repeat it ("About 300", "about
 * 1000", "About 10,000-12,000"). The words are quoted as the source wrote them.
 */
export function formatWording(value: Value): string | undefined {
  const stated = stripIsolates(value.text ?? '').trim();
  const coded = `${words[getQualifier(value)]} ${formatNumbers(value)}`;
  if (!stated || normalizeWording(stated) === normalizeWording(coded)) return undefined;
  return `stated as \u201c${isolate(stated)}\u201d`;
}

/** Case, digit grouping, dash and spacing set aside: how two writings of a figure compare. */
function normalizeWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<=\d)[,\u00a0\u202f\u2009 ](?=\d{3}\b)/g, '')
    .replace(/\s*[-\u2010-\u2015]\s*/g, '-')
    .replace(/\s+/g, ' ');
}

/** Short, for labels on a chart: "300", "\u2265300", ">6,000", "10,000\u201312,000". */
export function formatValueShort(value: Value): string {
  return `${signs[getQualifier(value)]}${formatNumbers(value, true)}`;
}

/**
 * "Killed" -> "killed", but "M1989 Koksan guns" and "KN-23" keep their capitals; a label's
 * isolate mark (see isolate) is passed over.
 */
export function lowerFirst(label: string): string {
  const start = label.startsWith(isolateStart) ? isolateStart.length : 0;
  const rest = label.slice(start);
  if (!/^[A-Z][a-z]/.test(rest)) return label;
  return `${label.slice(0, start)}${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/** A figure with what it counts: "about 300 killed". */
export function formatClaimFigure(claim: Claim): string {
  return formatValue(claim.value, { unit: lowerFirst(claim.metric.label) });
}

/** The working of a derived total: "about 300 killed + about 2,700 wounded = about 3,000". */
export function formatWorking(claim: Claim): string | undefined {
  if (!claim.derivedFrom) return undefined;
  const parts = claim.derivedFrom.map(formatClaimFigure).join(' + ');
  return `${parts} = ${formatClaimFigure(claim)}`;
}

/** "3.3x" below ten, "12x" above: more digits would claim a precision the figures lack. */
export function formatRatio(ratio: number): string {
  const tenths = Math.round(ratio * 10) / 10;
  return tenths < 10 ? `${tenths.toFixed(1)}x` : `${Math.round(ratio)}x`;
}
