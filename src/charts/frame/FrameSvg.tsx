import { ZIndexLayer } from 'recharts';
import { useChartStyle } from '../chartStyle';
import { SvgText } from './SvgText';
import { backgroundZIndex } from './chartLayers';
import { LegendSymbolSvg } from './LegendSymbolSvg';
import type { FrameLayout, PlacedText } from './layoutFrame';

/**
 * The frame's text and legend as plain SVG inside the chart's own <svg>, so that a screenshot,
 * a copy or an export of the chart carries its title, notes and every source.
 */
export function FrameSvg({ layout, height }: { layout: FrameLayout; height: number }) {
  const style = useChartStyle();
  // Below the plot, or in a sidebar right of the plot, under the title.
  const beside = style.sidebar > 0;
  const footerAt = beside
    ? { x: layout.width - style.sidebar, y: layout.sidebarTop }
    : { x: 0, y: height - layout.footerHeight };
  const swatch = style.legendSwatch;
  return (
    <g className="chart-frame">
      <ZIndexLayer zIndex={backgroundZIndex}>
        <rect
          x={0}
          y={0}
          width={layout.width}
          height={height}
          fill={style.background}
          stroke={style.grid}
        />
      </ZIndexLayer>
      <g className="chart-frame-header">
        {layout.header.map((line) => (
          <SvgLine key={line.key} line={line} />
        ))}
      </g>
      <g className="chart-frame-legend" aria-label="Legend">
        {layout.legend.map(({ entry, text, x, y }) => (
          <g key={entry.key} transform={`translate(${x},${y})`}>
            <g opacity={entry.opacity ?? 1}>
              <LegendSymbolSvg
                symbol={entry.symbol}
                color={entry.color}
                width={swatch}
                dash={entry.dash}
              />
            </g>
            <SvgText
              textStyle={style.legend}
              x={swatch + 6 * style.scale}
              y={style.legend.size * 0.35}
              {...(entry.textOpacity === undefined ? {} : { opacity: entry.textOpacity })}
            >
              {text}
            </SvgText>
          </g>
        ))}
      </g>
      <g className="chart-frame-footer" transform={`translate(${footerAt.x},${footerAt.y})`}>
        {beside ? (
          <line
            x1={0}
            x2={0}
            y1={style.padding}
            y2={height - footerAt.y - style.padding}
            stroke={style.grid}
          />
        ) : (
          <line
            x1={style.padding}
            x2={layout.width - style.padding}
            y1={0}
            y2={0}
            stroke={style.grid}
          />
        )}
        {layout.footer.map((line) => (
          <SvgLine key={line.key} line={line} />
        ))}
      </g>
    </g>
  );
}

function SvgLine({ line }: { line: PlacedText }) {
  return (
    <SvgText textStyle={line.style} x={line.x} y={line.y}>
      {line.text}
    </SvgText>
  );
}
