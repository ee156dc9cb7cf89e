import { useEffect, useState } from 'react';

/**
 * Runs `task` just after the next frame is painted. For work the first chart does not need (code
 * for cards, panels and errors that may be opened later): started in the same task as the first
 * chart, each such load cost it a few milliseconds. Returns a function that cancels the task.
 */
export function runAfterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // rAF runs just before the paint; a task queued from it runs after.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Fetches code that may be needed later (`load`, a dynamic import) once the component's first
 * frame is painted; a failure is left for whoever needs the code to meet and report.
 */
export function usePrefetchAfterPaint(load: () => Promise<unknown>): void {
  useEffect(
    () =>
      runAfterNextPaint(() => {
        void load().catch(() => undefined);
      }),
    [load],
  );
}

/** False until the frame after the component's first commit has been painted, then true. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => runAfterNextPaint(() => setPainted(true)), []);
  return painted;
}
