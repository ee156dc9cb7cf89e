import type { Qualifier, Value } from '../../data/schema/datasetSchema';
import type { Claim } from '../claims/claim';
import { getQualifier } from '../claims/valueMath';

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

/** The figure's numbers alone: "300", "10,000\u201312,000", "1,250 (900\u20131,600)". */
export function formatNumbers(value: Value): string {
  const range =
    value.low !== undefined && value.high !== undefined
      ? `${formatCount(value.low)}\u2013${formatCount(value.high)}`
      : undefined;
  if (value.best === undefined) return range ?? '';
  return range ? `${formatCount(value.best)} (${range})` : formatCount(value.best);
}

/** In words, as a person would say it: "about 300", "more than 3,000", "about 10,000\u201312,000". */
export function formatValue(value: Value): string {
  return `${words[getQualifier(value)]} ${formatNumbers(value)}`;
}

/** Short, for labels on a chart: "300", "\u2265300", ">6,000", "10,000\u201312,000". */
export function formatValueShort(value: Value): string {
  return `${signs[getQualifier(value)]}${formatNumbers(value)}`;
}

/** "Killed" -> "killed", but "M1989 Koksan guns" and "KN-23" keep their capitals. */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** A figure with what it counts: "about 300 killed". */
export function formatClaimFigure(claim: Claim): string {
  return `${formatValue(claim.value)} ${lowerFirst(claim.metric.label)}`;
}

/** The working of a derived total: "about 300 killed + about 2,700 wounded = about 3,000". */
export function formatWorking(claim: Claim): string | undefined {
  if (!claim.derivedFrom) return undefined;
  const parts = claim.derivedFrom.map(formatClaimFigure).join(' + ');
  return `${parts} = ${formatValue(claim.value)} ${lowerFirst(claim.metric.label)}`;
}

/** "3.3x" below ten, "12x" above: more digits would claim a precision the figures lack. */
export function formatRatio(ratio: number): string {
  const tenths = Math.round(ratio * 10) / 10;
  return tenths < 10 ? `${tenths.toFixed(1)}x` : `${Math.round(ratio)}x`;
}
