import { useEffect, useState } from 'react';
import type { Dataset } from '../data/datasetSchema';

// The fingerprint is computed by the export code, loaded on first use.
const loadFingerprinting = () => import('../export/fingerprintDataset');

function fingerprintOf(dataset: Dataset): Promise<string> {
  return loadFingerprinting().then((m) => m.fingerprintDataset(dataset));
}

/** The dataset's short fingerprint, as links and images print it. */
export function fingerprintShort(dataset: Dataset): Promise<string> {
  return loadFingerprinting().then(async (m) =>
    m.shortenFingerprint(await m.fingerprintDataset(dataset)),
  );
}

/**
 * When the link that opened this view was made on another version of the dataset (its `fp`
 * is not this dataset's fingerprint), a sentence that says so; otherwise undefined.
 */
export function useVersionNotice(dataset: Dataset, fp: string | undefined): string | undefined {
  const [checked, setChecked] = useState<{ dataset: Dataset; fp: string; actual: string }>();
  useEffect(() => {
    if (!fp) return;
    let current = true;
    void fingerprintOf(dataset).then(
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
  if (checked.actual.startsWith(fp)) return undefined;
  return `This link was made on another version of this dataset (fingerprint ${fp}; the one shown is ${checked.actual.slice(0, 6)}): its figures may have changed since the link was shared.`;
}
