import { useId, useState } from 'react';
import type { ChartModel } from '../../domain/charts/chartModel';
import { stripIsolates } from '../../domain/format/isolate';
import { makeEmbedCode } from '../../state/makeEmbedCode';
import type { ViewState } from '../../state/viewState';

interface EmbedCodeProps {
  readonly chart: ChartModel;
  readonly view: ViewState;
  /** The panel's id, whose chart box the embed's height is read from. */
  readonly panelId: string;
}

/**
 * The code that puts this chart in an article: an iframe of its embed page (full width, as tall
 * as the chart is here, titled for screen readers) and, optionally, the script that keeps its
 * height right as the article's column changes width.
 */
export function EmbedCode({ chart, view, panelId }: EmbedCodeProps) {
  const [withScript, setWithScript] = useState(true);
  const [status, setStatus] = useState('');
  const codeId = useId();
  const code = makeEmbedCode({
    pageUrl: window.location.href,
    state: view,
    chartId: chart.id,
    title: stripIsolates(chart.frame.title),
    height: measureEmbedHeight(panelId),
    withScript,
  });
  const copy = () => {
    navigator.clipboard.writeText(code).then(
      () => setStatus('Embed code copied: paste it into the article’s HTML.'),
      () => setStatus('Could not copy: select the code above and copy it.'),
    );
  };
  return (
    <div className="embed-code" role="group" aria-label="Embed">
      <label htmlFor={codeId}>Embed in a web page</label>
      <textarea id={codeId} readOnly rows={4} value={code} onFocus={(e) => e.target.select()} />
      <label className="export-check">
        <input
          type="checkbox"
          checked={withScript}
          onChange={(event) => setWithScript(event.target.checked)}
        />{' '}
        Add the script that keeps the height right
      </label>
      <div className="export-actions">
        <button type="button" className="secondary" onClick={copy}>
          Copy embed code
        </button>
      </div>
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}

/**
 * The embed's height in CSS pixels: the chart and its summary as drawn in this panel's box, and
 * a line for the embed's link. The script corrects it to the article's width.
 */
function measureEmbedHeight(panelId: string): number {
  const box = document.getElementById(panelId)?.closest('.chart-box');
  const chart = box?.querySelector('.chart')?.getBoundingClientRect().height ?? 480;
  const summary = box?.querySelector('.chart-summary')?.getBoundingClientRect().height ?? 48;
  const linkAndPadding = 56;
  return chart + summary + linkAndPadding;
}
