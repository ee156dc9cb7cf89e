import { createContext, use, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import { afterFirstChart } from '../../lib/afterFirstChart';
import { stripIsolates } from '../../domain/format/isolate';
import { briefingLimits, type Briefing } from '../../state/briefing/briefing';
import { shortenText } from '../../data/schema/countCharacters';
import type { BriefingChange } from '../../state/briefing/changeBriefing';

/** The dataset's working briefing, and the ways the panel and the charts change it. */
export interface BriefingApi {
  readonly dataset: Dataset;
  readonly briefing: Briefing;
  /** What the last change did ("Removed …"), or why the briefing could not be kept. */
  readonly status: string;
  readonly canUndo: boolean;
  /** `name` is what the status calls the slide or briefing changed. */
  readonly change: (change: BriefingChange, name: string) => void;
  /** Another briefing in its place (one opened from a file or shipped): undo brings this back. */
  readonly replace: (briefing: Briefing, message: string) => void;
  readonly undo: () => void;
  /** Says something of the briefing without changing it (why a slide was not added). */
  readonly notify: (message: string) => void;
}

const BriefingContext = createContext<BriefingApi | undefined>(undefined);

/** The store, with idb, loads after the page: nothing of it is needed for the first chart. */
const loadStore = () => import('../../state/briefing/briefingStore');
const loadFingerprinting = () => import('../../data/fingerprintDataset');
const loadChanges = () => import('../../state/briefing/changeBriefing');

export function makeEmptyBriefing(dataset: Dataset): Briefing {
  const title = `Briefing: ${stripIsolates(dataset.title)}`;
  return { title: shortenText(title, briefingLimits.title), slides: [] };
}

/**
 * Holds the dataset's working briefing: read from the browser's store on arrival, saved there
 * after each change, and every earlier version kept for Undo while the page is open.
 */
export function BriefingProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  // The history belongs to one dataset: another dataset starts from its own (empty) briefing.
  // It is kept in a ref as well as in state: changes arrive after awaits (the store's read, the
  // change code's load) and must apply to the latest version, not to the one they were asked on.
  const [held, setHeld] = useState<Versions>();
  const latest = useRef<Versions>(undefined);
  const ready = useRef<Promise<unknown>>(Promise.resolve());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [status, setStatus] = useState('');
  useEffect(() => {
    let live = true;
    // After the first chart: the store (with idb and zod) must not hold it up. Changes wait for
    // it, so a slide added early goes onto the kept briefing rather than replace it.
    ready.current = afterFirstChart()
      .then(() => loadStore())
      .then((store) => store.readStoredBriefing(dataset.id))
      .then((stored) => {
        if (!live || !stored || latest.current?.dataset === dataset) return;
        latest.current = { dataset, history: [stored.briefing] };
        setHeld(latest.current);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [dataset]);

  const shown = held?.dataset === dataset ? held.history : [makeEmptyBriefing(dataset)];
  const readHistory = () =>
    latest.current?.dataset === dataset ? latest.current.history : [makeEmptyBriefing(dataset)];
  const commit = (history: readonly Briefing[]) => {
    latest.current = { dataset, history };
    setHeld(latest.current);
  };
  const keep = (next: Briefing, message: string) => {
    void Promise.all([loadStore(), loadFingerprinting()])
      .then(async ([store, { fingerprintDataset }]) =>
        store.saveStoredBriefing(dataset.id, await fingerprintDataset(dataset), next),
      )
      .then(
        () => setStatus(message),
        (error: unknown) =>
          setStatus(
            `${message} It could not be kept in this browser (${error instanceof Error ? error.message : String(error)}): download the briefing to keep it.`,
          ),
      );
  };
  /**
   * Applies a change to the latest version, once the kept briefing has been read, one change at
   * a time: two quick clicks make two versions, the second from the first.
   */
  const apply = (make: (current: Briefing) => Promise<{ next: Briefing; message: string }>) => {
    queue.current = queue.current
      .then(() => ready.current)
      .then(async () => {
        const history = readHistory();
        const { next, message } = await make(history.at(-1) ?? makeEmptyBriefing(dataset));
        commit([...history, next]);
        keep(next, message);
      })
      .catch((error: unknown) =>
        setStatus(
          `The briefing could not be changed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  };
  const api: BriefingApi = {
    dataset,
    briefing: shown.at(-1) ?? makeEmptyBriefing(dataset),
    status,
    canUndo: shown.length > 1,
    change: (change, name) =>
      apply(async (current) => {
        const m = await loadChanges();
        return {
          next: m.changeBriefing(current, change),
          message: m.describeBriefingChange(change, name),
        };
      }),
    replace: (next, message) => apply(() => Promise.resolve({ next, message })),
    notify: setStatus,
    undo: () => {
      queue.current = queue.current.then(() => {
        const history = readHistory();
        const previous = history.at(-2);
        if (!previous) return;
        commit(history.slice(0, -1));
        keep(previous, 'Undone.');
      });
    },
  };
  return <BriefingContext value={api}>{children}</BriefingContext>;
}

/** A dataset's briefing, every version of it this page has made (the last is current). */
interface Versions {
  readonly dataset: Dataset;
  readonly history: readonly Briefing[];
}

/** The working briefing; outside a dataset screen (tests of a lone chart), none. */
export function useBriefing(): BriefingApi | undefined {
  return use(BriefingContext);
}
