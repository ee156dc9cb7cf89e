import { briefingFormat, type BriefingFile } from './briefing';

/**
 * A briefing as `briefing/v1` JSON, keys in the format's order, indented for people to read.
 * Slides' keys are left out: they belong to the page that made them (readBriefingText gives new
 * ones). Read back, it gives the same file.
 */
export function writeBriefingJson(file: BriefingFile): string {
  const { briefing, dataset, exported } = file;
  const ordered = {
    format: briefingFormat,
    id: briefing.id,
    title: briefing.title,
    exported,
    dataset: { id: dataset.id, fingerprint: dataset.fingerprint, title: dataset.title },
    slides: briefing.slides.map(({ name, link }) => ({ name, link })),
  };
  // JSON.stringify leaves out the keys whose value is undefined.
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
