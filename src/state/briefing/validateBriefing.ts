import { describeIssues } from '../../data/schema/describeIssue';
import { dedupeProblems, formatPath, splitPath, type Problem } from '../../data/schema/problem';
import { asRecord, readItems, readString } from '../../data/schema/rawAccess';
import { assignSlideKeys } from './assignSlideKeys';
import type { BriefingFile } from './briefing';
import { briefingFileSchema } from './briefingSchema';
import { checkSlideLink } from './checkSlideLink';

export type BriefingValidation =
  | { readonly ok: true; readonly file: BriefingFile }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The gate between untrusted JSON and a briefing: accepted whole or refused whole, with every
 * problem listed in document order, each slide's link read as the app will read it. Slides get
 * their keys here (`s1`, `s2`...): files never hold them. Never throws.
 */
export function validateBriefing(input: unknown): BriefingValidation {
  const parsed = briefingFileSchema.safeParse(input, { reportInput: true });
  const problems = parsed.success ? [] : describeIssues(parsed.error.issues);
  // A link whose text is already refused is not read further: one problem per fault.
  const refusedLinks = new Set(problems.map((p) => p.path));
  for (const { index, item } of readItems(asRecord(input) ?? {}, 'slides')) {
    const link = readString(item, 'link');
    const path = formatPath(['slides', index, 'link']);
    if (link === undefined || refusedLinks.has(path)) continue;
    for (const message of checkSlideLink(link)) problems.push({ path, message });
  }
  if (parsed.success && problems.length === 0) {
    const { id, title, exported, dataset, slides } = parsed.data;
    const briefing = {
      ...(id === undefined ? {} : { id }),
      title,
      slides: assignSlideKeys(slides),
    };
    const { title: datasetTitle, ...ref } = dataset;
    return {
      ok: true,
      file: {
        briefing,
        dataset: { ...ref, ...(datasetTitle === undefined ? {} : { title: datasetTitle }) },
        ...(exported === undefined ? {} : { exported }),
      },
    };
  }
  return { ok: false, problems: dedupeProblems(problems.map(renameRoot)).sort(compareInFile) };
}

const fileOrder: readonly string[] = ['format', 'id', 'title', 'exported', 'dataset', 'slides'];

/** Top-level keys in the format's order, slides by index; within a slide, as found. */
function compareInFile(a: Problem, b: Problem): number {
  const [x0, x1] = splitPath(a.path);
  const [y0, y1] = splitPath(b.path);
  if (x0 !== y0) return rank(x0) - rank(y0);
  if (typeof x1 === 'number' && typeof y1 === 'number') return x1 - y1;
  return 0;
}

function rank(key: string | number | undefined): number {
  const at = fileOrder.indexOf(String(key));
  return at === -1 ? fileOrder.length : at;
}

/** formatPath names the root after datasets; here it is the briefing. */
function renameRoot(problem: Problem): Problem {
  return problem.path === '(dataset)' ? { ...problem, path: '(briefing)' } : problem;
}
