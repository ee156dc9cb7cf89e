import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import { afterFirstChart } from '../../lib/afterFirstChart';
import { stripIsolates } from '../../domain/format/isolate';
import type { Briefing } from '../../state/briefing/briefing';
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
  return { title: title.length > 100 ? `${title.slice(0, 99)}\u2026` : title, slides: [] };
}

/**
 * Holds the dataset's working briefing: read from the browser's store on arrival, saved there
 * after each change, and every earlier version kept for Undo while the page is open.
 */
export function BriefingProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  // The history belongs to one dataset: another dataset starts from its own (empty) briefing.
  const [held, setHeld] = useState<{ dataset: Dataset; history: readonly Briefing[] }>();
  const history = held?.dataset === dataset ? held.history : [makeEmptyBriefing(dataset)];
  const setHistory = (change: (h: readonly Briefing[]) => readonly Briefing[]) =>
    setHeld((h) => ({ dataset, history: change(h?.dataset === dataset ? h.history : history) }));
  const [status, setStatus] = useState('');
  useEffect(() => {
    let live = true;
    // After the first chart: the store (with idb and zod) must not hold it up.
    void afterFirstChart()
      .then(() => {
        void loadChanges();
        return loadStore();
      })
      .then((store) => store.readStoredBriefing(dataset.id))
      .then((stored) => {
        // A change made before the store answered wins over what it held.
        if (live && stored) {
          setHeld((h) => (h?.dataset === dataset ? h : { dataset, history: [stored.briefing] }));
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [dataset]);

  const api = ((): BriefingApi => {
    const briefing = history[history.length - 1] ?? makeEmptyBriefing(dataset);
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
    const push = (next: Briefing, message: string) => {
      setHistory((h) => [...h, next]);
      keep(next, message);
    };
    return {
      dataset,
      briefing,
      status,
      canUndo: history.length > 1,
      change: (change, name) =>
        void loadChanges().then((m) =>
          push(m.changeBriefing(briefing, change), m.describeBriefingChange(change, name)),
        ),
      replace: (next, message) => push(next, message),
      notify: setStatus,
      undo: () => {
        const previous = history[history.length - 2];
        if (!previous) return;
        setHistory((h) => h.slice(0, -1));
        keep(previous, 'Undone.');
      },
    };
  })();
  return <BriefingContext value={api}>{children}</BriefingContext>;
}

/** The working briefing; outside a dataset screen (tests of a lone chart), none. */
export function useBriefing(): BriefingApi | undefined {
  return use(BriefingContext);
}
