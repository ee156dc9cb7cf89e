export interface Watchdog {
  /** Something happened: start the wait again. */
  readonly reset: () => void;
  readonly stop: () => void;
  /** True once the wait ran out and the controller was aborted. */
  readonly fired: () => boolean;
}

/**
 * Aborts `controller` when `ms` milliseconds pass without a reset. An idle timer rather than a
 * deadline: a large file on a slow link may take minutes and still be arriving steadily.
 * Uses setTimeout (not AbortSignal.timeout) so that tests can drive it with a fake clock.
 */
export function startWatchdog(ms: number, controller: AbortController): Watchdog {
  let fired = false;
  const fire = () => {
    fired = true;
    controller.abort(new DOMException(`Nothing happened for ${ms} ms`, 'TimeoutError'));
  };
  let timer = setTimeout(fire, ms);
  return {
    reset: () => {
      clearTimeout(timer);
      timer = setTimeout(fire, ms);
    },
    stop: () => clearTimeout(timer),
    fired: () => fired,
  };
}
