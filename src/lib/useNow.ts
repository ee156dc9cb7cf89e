import { useEffect, useState } from 'react';

/**
 * The time (Date.now()), renewed every `intervalMs` while the component is shown. With `origin`
 * (a time in ms), it is renewed on the whole intervals since then (origin + 1 s, + 2 s...), so
 * that "waited 10 seconds" is said once ten seconds have passed, not up to a second late.
 */
export function useNow(intervalMs: number, origin?: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const current = Date.now();
      const phase = origin === undefined ? 0 : (current - origin) % intervalMs;
      timer = setTimeout(
        () => {
          setNow(Date.now());
          schedule();
        },
        intervalMs - (phase < 0 ? phase + intervalMs : phase),
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, [intervalMs, origin]);
  return now;
}
