import canonicalize from 'canonicalize';
import type { Dataset } from './schema/datasetSchema';
import { digestSha256 } from './digestSha256';

/**
 * A fingerprint of a dataset's content: SHA-256 of its canonical JSON (RFC 8785: keys sorted,
 * one number format, no spaces), in hex. Two files with the same data in another key order or
 * layout share it; any change to a figure, a date or a source changes it. The briefings a
 * dataset ships are left out: they change no figure, so adding one keeps every link, image and
 * saved briefing made on the dataset current.
 */
export async function fingerprintDataset(dataset: Dataset): Promise<string> {
  const { briefings: _briefings, ...figures } = dataset;
  return digestSha256(canonicalize(figures) ?? '');
}

/** The short form printed on images and in file names: the first six hex digits. */
export function shortenFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 6);
}
