import { Suspense, use } from 'react';
import type { ChartModel } from '../domain/charts/chartModel';
import { BakedLayoutContext } from '../lib/bakedLayout';
import type { ChartDrawing } from './chartKind';
import { getChartKind } from './chartKindRegistry';
import { Isolated } from './Isolated';
import { stripIsolates } from '../domain/format/isolate';

/**
 * Any chart, drawn by its kind: on screen, and off screen for an export. A kind whose code loads
 * on demand (the line chart) says it is being drawn until it arrives. On a baked page the chart
 * is the markup it was baked with (see lib/bakedLayout) until its box asks for the live drawing.
 */
export function ChartView({ model, ...drawing }: ChartDrawing<ChartModel>) {
  const baked = use(BakedLayoutContext);
  if (baked) {
    // Recharts draws nothing on a server, so the drawing is made in a DOM at build time and
    // kept as markup; in the browser React leaves the markup it finds (it cannot redraw it).
    return (
      <div
        className="chart"
        role="figure"
        aria-label={stripIsolates(model.frame.title)}
        aria-describedby={drawing.describedBy}
        // The baked CSS keeps the room the live drawing will take (app/bake/reserveChartHeights).
        data-chart-id={model.id}
        suppressHydrationWarning
        // The app's own drawing, made by React at build time (its text escaped there), never a
        // dataset's text taken as markup; in the browser it is empty and React keeps the DOM.
        // eslint-disable-next-line no-restricted-syntax
        dangerouslySetInnerHTML={{ __html: baked.drawings?.find(model, drawing.width) ?? '' }}
      />
    );
  }
  const { Chart } = getChartKind(model);
  return (
    <Suspense
      fallback={
        <p className="chart-loading" role="status">
          Drawing <Isolated>{model.frame.title}</Isolated>&hellip;
        </p>
      }
    >
      <Chart model={model} {...drawing} />
    </Suspense>
  );
}
