import { shippedDataset } from 'virtual:shipped-dataset';
import { digestSha256 } from '../digestSha256';

/** The dataset shipped with the app, relative to the page so dist/ works under any sub-path. */
export const defaultDatasetPath = `./${shippedDataset.fileName}`;

/** The path of the dataset a link asks for (`?dataset=`), or the shipped one when it names none. */
export function pickDatasetPath(requested: string | undefined): string {
  return requested ?? defaultDatasetPath;
}

/**
 * Whether `text` is exactly the shipped dataset as validated when the app was built (same
 * SHA-256), so that it needs no validating again. False where that cannot be told: a build whose
 * dataset did not pass, or a page without Web Crypto (plain http off localhost is not a secure
 * context); such text is validated as any other.
 */
export async function isShippedText(text: string): Promise<boolean> {
  const expected = shippedDataset.sha256;
  if (expected === undefined || typeof crypto === 'undefined' || !('subtle' in crypto)) {
    return false;
  }
  return (await digestSha256(text)) === expected;
}
