import type { ChartModel } from '../../domain/charts/chartModel';
import { stripIsolates } from '../../domain/format/isolate';
import { shortenText } from '../../data/schema/countCharacters';
import { briefingLimits } from '../../state/briefing/briefing';
import { makeSlideLink } from '../../state/briefing/makeSlideLink';
import type { ViewState } from '../../state/viewState';
import { useBriefing } from './BriefingProvider';

/**
 * Keeps the chart as it is now (its view, filters and the briefer's edits, as a link) as the
 * briefing's next slide. The status line of the briefing says what happened.
 */
export function AddToBriefing({ chart, view }: { chart: ChartModel; view: ViewState }) {
  const briefing = useBriefing();
  if (!briefing) return null;
  const title = stripIsolates(chart.frame.title);
  const full = briefing.briefing.slides.length >= briefingLimits.slides;
  return (
    <div className="export-menu">
      <button
        type="button"
        className="secondary"
        aria-label={`Add to briefing: ${title}`}
        aria-disabled={full}
        onClick={() => {
          const link = makeSlideLink(view, chart.id);
          if (full) {
            briefing.notify(`The briefing has ${briefingLimits.slides} slides, as many as it may.`);
          } else if (link.length > briefingLimits.link) {
            briefing.notify(
              `This chart\u2019s link is ${link.length} characters, more than a slide may keep (${briefingLimits.link}): shorten its edits.`,
            );
          } else {
            const name = shortenText(title, briefingLimits.name);
            briefing.change({ kind: 'add', link, name }, name);
          }
        }}
      >
        Add to briefing
      </button>
    </div>
  );
}
