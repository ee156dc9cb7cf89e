import { useEffect, useState } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';

// The fingerprint is computed by the export code, loaded on first use.
const loadFingerprinting = () => import('../../data/fingerprintDataset');

/** The dataset's fingerprint, whole and in the short form links and images print. */
async function readFingerprint(dataset: Dataset): Promise<{ full: string; short: string }> {
  const { fingerprintDataset, shortenFingerprint } = await loadFingerprinting();
  const full = await fingerprintDataset(dataset);
  return { full, short: shortenFingerprint(full) };
}

/** The dataset's short fingerprint, as links and images print it. */
export function fingerprintShort(dataset: Dataset): Promise<string> {
  return readFingerprint(dataset).then(({ short }) => short);
}

/**
 * When the link that opened this view was made on another version of the dataset (its `fp`
 * is not this dataset's fingerprint), a sentence that says so; otherwise undefined.
 */
export function useVersionNotice(dataset: Dataset, fp: string | undefined): string | undefined {
  const [checked, setChecked] = useState<{
    dataset: Dataset;
    fp: string;
    actual: { full: string; short: string };
  }>();
  useEffect(() => {
    if (!fp) return;
    let current = true;
    void readFingerprint(dataset).then(
      (actual) => {
        if (current) setChecked({ dataset, fp, actual });
      },
      // No crypto.subtle (plain http away from localhost): the version cannot be checked.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [dataset, fp]);
  if (!fp || checked?.dataset !== dataset || checked.fp !== fp) return undefined;
  if (checked.actual.full.startsWith(fp)) return undefined;
  return `This link was made on another version of this dataset (fingerprint ${fp}; the one shown is ${checked.actual.short}): its figures may have changed since the link was shared.`;
}
