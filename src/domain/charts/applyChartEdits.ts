import { getSourceLabel, type Claim } from '../claims/claim';
import { isolate } from '../format/isolate';
import type { ChartModel, FrameNote } from './chartModel';

/** A briefer's words and marks for one chart, as the view link carries them (state/chartEdits). */
export interface ChartEditsInput {
  readonly title?: string;
  readonly subtitle?: string;
  readonly note?: string;
  /** The claim the callout points at. */
  readonly pin?: string;
  readonly callout?: string;
  /** Claimant ids drawn in full; the others muted. */
  readonly highlight?: readonly string[];
}

/**
 * The group the briefer's notes share, drawn as their lead-in ("From the briefer: …"), so that
 * they read together, after the chart's own.
 */
const brieferGroup = 'From the briefer';

/**
 * A chart with a briefer's edits on it. They change no figure and no source: the chart's own
 * notes (derived workings, non-comparable reasons), its sources and its stamp stay as they are.
 * The frame says which words are the briefer's and what the chart's own title was, so that a
 * copy of the image cannot pass the briefer's words off as the data's. A callout on a figure the
 * chart does not draw, or a highlight of claimants it does not draw, is dropped with a notice.
 */
export function applyChartEdits(
  chart: ChartModel,
  edits: ChartEditsInput,
): { chart: ChartModel; notices: string[] } {
  const notices: string[] = [];
  const pinned = edits.pin === undefined ? undefined : findDrawnClaim(chart, edits.pin);
  if (edits.pin !== undefined && edits.callout !== undefined && !pinned) {
    notices.push(
      `The callout points at a figure this chart does not draw ("${edits.pin}"); it is not shown.`,
    );
  }
  const claimants = new Map(chart.claims.map((claim) => [claim.source.id, claim.source]));
  const highlight = edits.highlight?.filter((id) => claimants.has(id)) ?? [];
  const missing = edits.highlight?.filter((id) => !claimants.has(id)) ?? [];
  if (missing.length) {
    notices.push(
      `This chart draws no claimant ${missing.map((id) => `"${id}"`).join(', ')} to highlight; ignored.`,
    );
  }
  const callout = pinned && edits.callout ? { claimId: pinned.id, text: edits.callout } : undefined;
  const words = [
    edits.title ? 'title' : undefined,
    edits.subtitle ? 'subtitle' : undefined,
    edits.note ? 'note' : undefined,
    callout ? 'callout' : undefined,
  ].filter((word) => word !== undefined);
  if (!words.length && !highlight.length) return { chart, notices };

  const names = highlight.flatMap((id) => {
    const source = claimants.get(id);
    return source ? [isolate(getSourceLabel(source))] : [];
  });
  const brieferNotes: FrameNote[] = [
    ...(edits.note ? [{ text: quoteNote(edits.note), group: brieferGroup }] : []),
    {
      text: describeEdits(words, names, edits.title ? chart.frame.title : undefined),
      group: brieferGroup,
    },
  ];
  const title = replaceText(chart.frame.title, edits.title);
  const summaryParts = [
    edits.note ? `The briefer notes: ${endSentence(edits.note)}` : '',
    callout && pinned
      ? `The briefer\u2019s callout on ${getSourceLabel(pinned.source)}\u2019s figure: ${endSentence(callout.text)}`
      : '',
    names.length ? `Highlighted: ${names.join(', ')}.` : '',
  ].filter(Boolean);
  const edited = {
    ...chart,
    frame: {
      ...chart.frame,
      title,
      subtitle: replaceText(chart.frame.subtitle, edits.subtitle),
      notes: [...chart.frame.notes, ...brieferNotes],
    },
    summary: [chart.summary, ...summaryParts].join(' '),
    ...(callout ? { annotation: callout } : {}),
    ...(highlight.length ? { highlight } : {}),
  };
  return { chart: edited, notices };
}

/** "Edited for a briefing: the title and callout are the briefer's words (Crosscheck's title: …)." */
function describeEdits(
  words: readonly string[],
  highlighted: readonly string[],
  originalTitle: string | undefined,
): string {
  const parts: string[] = [];
  if (words.length) {
    const list = joinWords(words);
    parts.push(`the ${list} ${words.length > 1 ? 'are' : 'is'} the briefer\u2019s words`);
  }
  if (highlighted.length) {
    parts.push(`the briefer highlighted ${joinWords(highlighted)} and muted the other claimants`);
  }
  const original = originalTitle ? ` Crosscheck\u2019s title: \u201c${originalTitle}\u201d.` : '';
  const said = joinWords(parts);
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}; no figure or source was changed.${original}`;
}

/** The note in quotes, closed by a full stop unless it ends a sentence itself. */
function quoteNote(note: string): string {
  const stop = endsSentence(note) ? '' : '.';
  return `\u201c${isolate(note)}\u201d${stop}`;
}

/** The briefer's text where they gave one; an empty one keeps the chart's own. */
function replaceText(own: string, edited: string | undefined): string {
  return edited === undefined || edited === '' ? own : edited;
}

const endsSentence = (text: string) => /[.!?\u2026]$/.test(text);

/** The text as a sentence: a full stop added unless it has its own. */
function endSentence(text: string): string {
  return endsSentence(text) ? text : `${text}.`;
}

function joinWords(words: readonly string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** The drawn claim of that id: a figure or a part of a drawn total. */
function findDrawnClaim(chart: ChartModel, id: string): Claim | undefined {
  for (const claim of chart.claims) {
    if (claim.id === id) return claim;
    const part = claim.derivedFrom?.find((p) => p.id === id);
    if (part) return part;
  }
  return undefined;
}
