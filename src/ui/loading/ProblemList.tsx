import { useEffect, useMemo } from 'react';
import type { Problem } from '../../data/schema/problem';

/** Shown on the page; the rest stay one click away in the downloadable list. */
const shownLimit = 500;

/** Every problem of a refused dataset as `path: message`, in document order. */
export function ProblemList({
  problems,
  fileName,
}: {
  problems: readonly Problem[];
  fileName: string;
}) {
  const download = useMemo(() => {
    if (problems.length <= shownLimit) return undefined;
    const text = problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    return URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  }, [problems]);
  useEffect(() => () => (download ? URL.revokeObjectURL(download) : undefined), [download]);
  return (
    <>
      <ol className="problem-list" aria-label="Problems in the dataset">
        {problems.slice(0, shownLimit).map((problem, i) => (
          <li key={i}>
            <code className="problem-path">{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ol>
      {download ? (
        <p>
          {problems.length - shownLimit} more problems are not shown.{' '}
          <a href={download} download={`${fileName}-problems.txt`}>
            Download all {problems.length} problems
          </a>
          .
        </p>
      ) : null}
    </>
  );
}
