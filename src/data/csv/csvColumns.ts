import { datasetLimits } from '../schema/datasetLimits';

/**
 * The CSV form of a dataset (docs/dataset-format.md, "CSV"): one row per estimate, with its
 * claimant's, its first citation's, its metric's and the dataset's fields repeated on the row.
 * A row whose estimate columns are all blank only describes a metric, claimant or citation
 * (one no estimate uses, or a further citation named in `more_citations`).
 */

/** Which part of the dataset a column fills. */
export type CsvEntity = 'estimate' | 'metric' | 'source' | 'citation' | 'dataset';

/**
 * How a cell is read: `text` as written (a blank cell is missing); `id`, `date` and `enum`
 * trimmed; `count` a whole number, thousands separators allowed; `flag` true/false (yes/no);
 * `ids` ids separated by spaces.
 */
export type CsvCellKind = 'text' | 'id' | 'date' | 'enum' | 'count' | 'flag' | 'ids';

export interface CsvColumn {
  readonly name: string;
  readonly entity: CsvEntity;
  /** The key in the format's object; for an estimate, its path (`value.best`, `period.from`). */
  readonly key: string;
  readonly kind: CsvCellKind;
  /** The header must have it: the format requires the field (or it names the row's parts). */
  readonly required?: true;
}

const column = (
  name: string,
  entity: CsvEntity,
  key: string,
  kind: CsvCellKind,
  required?: true,
): CsvColumn => ({ name, entity, key, kind, ...(required ? { required } : {}) });

/** Every column, in the order Crosscheck writes them. */
export const csvColumns: readonly CsvColumn[] = [
  column('estimate_id', 'estimate', 'id', 'id', true),
  column('metric', 'metric', 'id', 'id', true),
  column('source', 'source', 'id', 'id', true),
  column('best', 'estimate', 'value.best', 'count'),
  column('low', 'estimate', 'value.low', 'count'),
  column('high', 'estimate', 'value.high', 'count'),
  column('qualifier', 'estimate', 'value.qualifier', 'enum'),
  column('value_text', 'estimate', 'value.text', 'text'),
  column('as_of', 'estimate', 'asOf', 'date', true),
  column('stated_on', 'estimate', 'statedOn', 'date'),
  column('period_from', 'estimate', 'period.from', 'date'),
  column('period_to', 'estimate', 'period.to', 'date'),
  column('credibility', 'estimate', 'credibility', 'count'),
  column('note', 'estimate', 'note', 'text'),
  column('citation', 'citation', 'id', 'id', true),
  column('more_citations', 'estimate', 'moreCitations', 'ids'),
  column('source_name', 'source', 'name', 'text', true),
  column('source_short_name', 'source', 'shortName', 'text'),
  column('source_type', 'source', 'type', 'enum', true),
  column('source_country', 'source', 'country', 'enum'),
  column('source_party', 'source', 'party', 'flag'),
  column('source_reliability', 'source', 'reliability', 'enum'),
  column('citation_outlet', 'citation', 'outlet', 'text', true),
  column('citation_title', 'citation', 'title', 'text'),
  column('citation_url', 'citation', 'url', 'text'),
  column('citation_published', 'citation', 'published', 'date', true),
  column('citation_author', 'citation', 'author', 'text'),
  column('metric_label', 'metric', 'label', 'text', true),
  column('metric_unit', 'metric', 'unit', 'text', true),
  column('metric_kind', 'metric', 'kind', 'enum', true),
  column('metric_sum_of', 'metric', 'sumOf', 'ids'),
  column('metric_description', 'metric', 'description', 'text'),
  column('dataset_id', 'dataset', 'id', 'id', true),
  column('dataset_title', 'dataset', 'title', 'text', true),
  column('dataset_description', 'dataset', 'description', 'text'),
  column('dataset_updated', 'dataset', 'updated', 'date', true),
];

export const csvColumnNames: readonly string[] = csvColumns.map((c) => c.name);

/** The column that names each part a row describes (the id columns). */
export const csvIdColumns = {
  estimate: 'estimate_id',
  metric: 'metric',
  source: 'source',
  citation: 'citation',
  dataset: 'dataset_id',
} as const satisfies Record<CsvEntity, string>;

/**
 * Limits of the CSV form, beyond the dataset's own. Rows: every estimate, plus a row for each
 * metric, claimant and citation no estimate row describes (the most a valid dataset needs).
 * Bytes: a row repeats its claimant's and citation's fields, so a CSV is larger than its JSON.
 */
export const csvLimits = {
  rows:
    datasetLimits.estimates +
    datasetLimits.metrics +
    datasetLimits.sources +
    datasetLimits.citations,
  fileBytes: 100_000_000,
} as const;
