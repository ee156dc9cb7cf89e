import type { Dataset } from '../../data/schema/datasetSchema';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import type { Briefing, BriefingDatasetRef } from './briefing';
import { buildSlideChart } from './buildSlideChart';
import { checkSlideLink } from './checkSlideLink';

/** What a briefing's slides ask of the dataset that it lacks: per slide key, in words. */
export interface SlideNotices {
  readonly key: string;
  readonly notices: readonly string[];
}

/** How a briefing's dataset compares with the one open: the same, another version, another. */
export type BriefingMatch =
  | { readonly status: 'same' }
  | { readonly status: 'other-version'; readonly notice: string }
  | { readonly status: 'other-dataset'; readonly message: string };

export type BriefingDatasetCheck =
  | { readonly status: 'same'; readonly slides: readonly SlideNotices[] }
  | {
      readonly status: 'other-version';
      readonly notice: string;
      readonly slides: readonly SlideNotices[];
    }
  | { readonly status: 'other-dataset'; readonly message: string };

/**
 * A briefing held against the dataset open (`model`, whose fingerprint is `fingerprint`):
 * refused if made on another dataset, said so if made on another version of this one; and each
 * slide's link read against it, so that claimants, metrics or charts the dataset does not have
 * are named before the briefing is presented. Slides with nothing to say are left out.
 */
export async function checkBriefingDataset(
  file: { readonly briefing: Briefing; readonly dataset: BriefingDatasetRef },
  model: DatasetModel,
  fingerprint: string,
): Promise<BriefingDatasetCheck> {
  const match = matchBriefingDataset(file.dataset, model.dataset, fingerprint);
  if (match.status === 'other-dataset') return match;
  const slides: SlideNotices[] = [];
  for (const slide of file.briefing.slides) {
    // A shipped briefing's links were only checked as text: read them strictly here too.
    const strict = checkSlideLink(slide.link);
    const built = await buildSlideChart(model, model.dataset, slide.link);
    const notices = [...new Set([...strict, ...built.notices])];
    if (notices.length) slides.push({ key: slide.key, notices });
  }
  return { ...match, slides };
}

/** Whether a briefing made on `ref` belongs to `dataset` (of `fingerprint`), in words. */
export function matchBriefingDataset(
  ref: BriefingDatasetRef,
  dataset: Dataset,
  fingerprint: string,
): BriefingMatch {
  if (ref.id !== dataset.id) {
    const made = ref.title ? `"${ref.title}" (${ref.id})` : `"${ref.id}"`;
    return {
      status: 'other-dataset',
      message: `This briefing was made on another dataset, ${made}, not on "${dataset.title}" (${dataset.id}): open that dataset to present it.`,
    };
  }
  if (ref.fingerprint.toLowerCase() === fingerprint.toLowerCase()) return { status: 'same' };
  // The short form links and images print (shortenFingerprint), without loading its hashing.
  const short = (hex: string) => hex.slice(0, 6);
  return {
    status: 'other-version',
    notice: `This briefing was made on another version of "${dataset.title}" (fingerprint ${short(ref.fingerprint)}; the one open is ${short(fingerprint)}): figures may differ from when it was made.`,
  };
}
