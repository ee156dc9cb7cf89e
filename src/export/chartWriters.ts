import { buildChartCsv } from './buildChartCsv';
import { drawSvgDocument } from './drawSvgDocument';
import type { ExportFormat } from './exportFormats';
import type { ChartWriter, ExportRequest, WrittenChart } from './exportRequest';
import { rasterizeSvg } from './rasterizeSvg';

/** The writer of each format in exportFormats.ts. */
export const chartWriters: Readonly<Record<ExportFormat, ChartWriter>> = {
  png: writePng,
  svg: writeSvg,
  csv: writeCsv,
};

/** The SVG document drawn at the export's fixed density (1x, 2x, 3x), never the screen's. */
async function writePng(request: ExportRequest, fingerprint: string): Promise<WrittenChart> {
  const { svg, size } = await drawSvgDocument(request, fingerprint);
  const { density } = request.options;
  return {
    data: await rasterizeSvg(svg, size, density),
    pixels: { width: size.width * density, height: size.height * density },
  };
}

/** A standalone SVG document, fonts embedded. */
async function writeSvg(request: ExportRequest, fingerprint: string): Promise<WrittenChart> {
  const { svg, size } = await drawSvgDocument(request, fingerprint);
  return { data: svg, pixels: size };
}

/** Exactly the figures the chart draws, one row each. */
function writeCsv({ chart }: ExportRequest): Promise<WrittenChart> {
  return Promise.resolve({ data: buildChartCsv(chart) });
}
