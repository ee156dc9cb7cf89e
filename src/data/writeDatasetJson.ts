import type { Dataset } from './schema/datasetSchema';

/** A dataset as format v1 JSON, keys in the format's order, indented for people to read. */
export function writeDatasetJson(dataset: Dataset): string {
  const { format, id, title, description, updated, metrics, sources, citations, estimates } =
    dataset;
  const { briefings } = dataset;
  const ordered = {
    format,
    id,
    title,
    description,
    updated,
    metrics,
    sources,
    citations,
    estimates,
    briefings,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
