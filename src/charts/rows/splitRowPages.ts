import type { ChartRow, RowChartModel } from '../../domain/charts/chartModel';
import { describePage } from '../../domain/charts/selectFrameFor';
import type { Claim } from '../../domain/claims/claim';
import { formatRowValue, getAxisMax } from './rowChartLayout';

/**
 * A row chart split into `count` pages of about as many rows each, for slides too small for
 * all of its rows at a legible size. Each page stands alone: the title with "(2 of 3)", the
 * subtitle, callout and stamp, every source of the figures it draws and every note about them
 * or about the chart as a whole; and one value scale with its sister pages. A page breaks
 * before a heading where one is near (unless `evenly`: as near an even share as the rows allow);
 * a group carried over is headed again, "(continued)".
 * Undefined where there are too few figures to split so.
 */
export function splitRowPages(
  model: RowChartModel,
  count: number,
  evenly = false,
): RowChartModel[] | undefined {
  const rows = model.rows;
  const figures = rows.filter((row) => row.kind === 'figure').length;
  if (count < 2 || figures < count) return undefined;
  const axisMax = model.axisMax ?? getAxisMax(rows);
  const pages = breakRows(rows, count, evenly);
  if (pages.length !== count) return undefined;
  // The callout goes on the one page that draws its figure (describePage), the highlight on all.
  const { annotation: _callout, ...whole } = model;
  return pages.map((pageRows, index) => {
    const figuresHere = pageRows.flatMap((row) => (row.kind === 'figure' ? [row] : []));
    const drawn = figuresHere.map((row) => row.figure);
    const marks = figuresHere.flatMap((row) => row.segments.map((segment) => segment.claim.id));
    const listed = figuresHere.map((row) => `${row.label} ${formatRowValue(row.figure)}`);
    const draws = `${drawn.length} of the chart's ${figures} figures: ${listed.join('; ')}`;
    return {
      ...whole,
      ...describePage(model, drawn, { index, count, draws, marks }),
      rows: pageRows,
      axisMax,
      claims: model.claims.filter((claim) => drawn.some((d) => isDrawnAs(claim, d))),
    };
  });
}

/** A claim the chart lists is drawn by a row: its figure, or a part of its derived total. */
function isDrawnAs(claim: Claim, figure: Claim): boolean {
  return claim.id === figure.id || (figure.derivedFrom ?? []).some((part) => part.id === claim.id);
}

/**
 * Rows cut into `count` runs near even lengths, each with a figure: a cut moves to a heading
 * within a third of a run's length, and never falls just after a heading.
 */
function breakRows(rows: readonly ChartRow[], count: number, evenly: boolean): ChartRow[][] {
  const isFigure = (at: number) => rows[at]?.kind === 'figure';
  const slack = Math.floor(rows.length / count / 3);
  const near = [0, ...Array.from({ length: slack }, (_, i) => [-(i + 1), i + 1]).flat()];
  const share = Math.ceil(rows.length / count);
  const breaks: number[] = [];
  let start = 0;
  for (let page = 1; page < count; page++) {
    const even = Math.round((page * rows.length) / count);
    // A heading near the even cut, if the rows after it still fit the pages left at an even
    // share each: a page cut short would crowd the next.
    const fitsAfter = (at: number) => !evenly && rows.length - at <= (count - page) * share;
    let cut =
      near
        .map((step) => even + step)
        .find((at) => at > start && rows[at]?.kind === 'heading' && fitsAfter(at)) ?? even;
    while (cut - 1 > start && rows[cut - 1]?.kind === 'heading') cut -= 1;
    // Each run draws a figure: a run of headings alone takes the next figure in.
    while (cut < rows.length && !rows.slice(start, cut).some((_, i) => isFigure(start + i))) {
      cut += 1;
    }
    cut = Math.max(cut, start + 1);
    breaks.push(cut);
    start = cut;
  }
  const pages: ChartRow[][] = [];
  start = 0;
  let heading: Extract<ChartRow, { kind: 'heading' }> | undefined;
  for (const end of [...breaks, rows.length]) {
    const run = rows.slice(start, Math.max(start, end));
    const carried =
      heading && run[0]?.kind === 'figure'
        ? [{ ...heading, key: `${heading.key}-continued`, label: `${heading.label} (continued)` }]
        : [];
    for (const row of run) if (row.kind === 'heading') heading = row;
    if (run.some((row) => row.kind === 'figure')) pages.push([...carried, ...run]);
    start = Math.max(start, end);
  }
  return pages;
}
