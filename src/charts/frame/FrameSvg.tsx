import { ZIndexLayer } from 'recharts';
import { chartTheme } from '../chartTheme';
import { SvgText } from './SvgText';
import { backgroundZIndex } from './chartLayers';
import { LegendSymbolSvg } from './LegendSymbolSvg';
import { legendSwatch, type FrameLayout, type PlacedText } from './layoutFrame';

/**
 * The frame's text and legend as plain SVG inside the chart's own <svg>, so that a screenshot,
 * a copy or an export of the chart carries its title, notes and every source.
 */
export function FrameSvg({ layout, height }: { layout: FrameLayout; height: number }) {
  const footerTop = height - layout.footerHeight;
  return (
    <g className="chart-frame">
      <ZIndexLayer zIndex={backgroundZIndex}>
        <rect
          x={0}
          y={0}
          width={layout.width}
          height={height}
          fill={chartTheme.background}
          stroke={chartTheme.grid}
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
              <LegendSymbolSvg symbol={entry.symbol} color={entry.color} width={legendSwatch} />
            </g>
            <SvgText
              textStyle={chartTheme.legend}
              x={legendSwatch + 6}
              y={chartTheme.legend.size * 0.35}
            >
              {text}
            </SvgText>
          </g>
        ))}
      </g>
      <g className="chart-frame-footer" transform={`translate(0,${footerTop})`}>
        <line
          x1={chartTheme.padding}
          x2={layout.width - chartTheme.padding}
          y1={0}
          y2={0}
          stroke={chartTheme.grid}
        />
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
