import { buildChartCsv } from './buildChartCsv';
import { drawSvgDocument } from './drawSvgDocument';
import type { ExportFormat } from './exportFormats';
import type { ChartWriter, ExportRequest, WrittenFile } from './exportRequest';
import { rasterizeSvg } from './rasterizeSvg';

/** The writer of each format in exportFormats.ts. */
export const chartWriters: Readonly<Record<ExportFormat, ChartWriter>> = {
  png: writePng,
  svg: writeSvg,
  csv: writeCsv,
};

/** Each SVG page drawn at the export's fixed density (1x, 2x, 3x), never the screen's. */
async function writePng(request: ExportRequest, fingerprint: string): Promise<WrittenFile[]> {
  const { density } = request.options;
  const files: WrittenFile[] = [];
  for (const { svg, size, page } of await drawSvgDocument(request, fingerprint)) {
    files.push({
      data: await rasterizeSvg(svg, size, density),
      pixels: { width: size.width * density, height: size.height * density },
      ...(page ? { page } : {}),
    });
  }
  return files;
}

/** Standalone SVG documents, fonts embedded. */
async function writeSvg(request: ExportRequest, fingerprint: string): Promise<WrittenFile[]> {
  const pages = await drawSvgDocument(request, fingerprint);
  return pages.map(({ svg, size, page }) => ({
    data: svg,
    pixels: size,
    ...(page ? { page } : {}),
  }));
}

/** Exactly the figures the chart draws, one row each, whatever the slides. */
function writeCsv({ chart }: ExportRequest): Promise<WrittenFile[]> {
  return Promise.resolve([{ data: buildChartCsv(chart) }]);
}
