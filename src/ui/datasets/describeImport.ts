import type { DatasetOutcome } from '../../data/worker/workerMessages';
import { formatCount } from '../../domain/format/formatValue';
import { isolate } from '../../domain/format/isolate';
import { formatImportedAt } from './formatImportedAt';

/**
 * What an import did, in a sentence or three: what came in, and whether the browser kept it. The
 * file's name and the dataset's title and id are isolated (draw the sentence with <Isolated>).
 */
export function describeImport(name: string, { dataset, storage }: DatasetOutcome): string {
  const count = dataset.estimates.length;
  const what = `Imported ${isolate(name)}: \u201c${isolate(dataset.title)}\u201d, ${formatCount(count)} estimate${count === 1 ? '' : 's'}`;
  if (!storage) return `${what}.`;
  if (!storage.kept) {
    return `${what}. It could not be kept in this browser: ${storage.reason}. It is shown until this tab is closed; download it as JSON or CSV below to keep it.`;
  }
  const { replaced } = storage;
  const replacing = replaced
    ? ` It replaces the copy of ${isolate(replaced.id)} imported ${formatImportedAt(replaced.importedAt)} (${formatCount(replaced.estimates)} estimates).`
    : '';
  return `${what}, kept in this browser.${replacing}`;
}
