import { readFile } from 'node:fs/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { catchDatasetErrorAsync } from '../../testing/catchDatasetError';
import { makeDataset, makeEstimate } from '../../testing/factories/makeDataset';
import { DatasetError } from '../datasetErrors';
import { datasetIdleTimeoutMs } from '../schema/datasetLimits';
import type { Dataset } from '../schema/datasetSchema';
import { loadDataset } from './loadDataset';
import type { LoadProgress } from './loadProgress';
import { defaultDatasetPath } from './shippedDataset';
import type { DatasetRequest, WorkerMessage } from '../worker/workerMessages';

/** A stand-in for the dataset worker: records what the page sends, and answers as told. */
class FakeWorker {
  static readonly made: FakeWorker[] = [];
  readonly posted: DatasetRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;

  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }

  postMessage(message: DatasetRequest): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  emit(...messages: WorkerMessage[]): void {
    for (const data of messages) this.onmessage?.(new MessageEvent('message', { data }));
  }

  /** Fires an error as a worker that fails to start does; true if the page handled it. */
  fail(): boolean {
    const event = new Event('error', { cancelable: true });
    this.onerror?.(event);
    return event.defaultPrevented;
  }
}

/**
 * The one worker started; fails the test if there is none or more. The code that starts it is
 * loaded on first use (preloaded below), so the worker comes a few microtasks after the call.
 */
async function theWorker(): Promise<FakeWorker> {
  for (let turn = 0; turn < 20 && FakeWorker.made.length === 0; turn += 1) await Promise.resolve();
  expect(FakeWorker.made).toHaveLength(1);
  const worker = FakeWorker.made[0];
  if (!worker) throw new Error('no worker was started');
  return worker;
}

/** Whether `promise` has settled, without waiting for it. */
function track(promise: Promise<unknown>): { settled: () => boolean } {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return { settled: () => settled };
}

/** The messages a worker sends for a valid dataset, its estimates in slices of `slice`. */
function answer(dataset: Dataset, slice: number): WorkerMessage[] {
  const { estimates, ...head } = dataset;
  const slices: WorkerMessage[] = [];
  for (let at = 0; at < estimates.length; at += slice) {
    slices.push({ type: 'estimates', estimates: estimates.slice(at, at + slice) });
  }
  return [{ type: 'head', head, count: estimates.length }, ...slices, { type: 'done' }];
}

const progress = (received: number | undefined, checking?: true): WorkerMessage => ({
  type: 'progress',
  progress: { startedAt: 1, received, total: undefined, ...(checking ? { checking } : {}) },
});

/** A valid dataset of seven estimates, so that it comes in several slices. */
function sevenEstimates(): Dataset {
  const dataset = makeDataset();
  const more = Array.from({ length: 4 }, (_, i) =>
    makeEstimate({ id: `alpha-killed-extra-${i}`, value: { best: 100 + i } }),
  );
  return { ...dataset, estimates: [...dataset.estimates, ...more] };
}

beforeAll(async () => {
  await import('../worker/runInWorker');
});

beforeEach(() => {
  FakeWorker.made.length = 0;
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('location', new URL('http://localhost/app/'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('loadDataset in a worker', () => {
  it('starts a module worker and asks it for the path, relative to the page', async () => {
    const loading = loadDataset('data/war.json');
    const worker = await theWorker();
    expect(worker.options).toMatchObject({ type: 'module' });
    expect(String(worker.url)).toContain('datasetWorker');
    expect(worker.posted).toEqual([
      { kind: 'url', path: 'data/war.json', base: 'http://localhost/app/' },
    ]);
    worker.emit(...answer(makeDataset(), 5_000));
    await loading;
  });

  it('passes each progress report on, in order', async () => {
    const seen: LoadProgress[] = [];
    const loading = loadDataset('data.json', { onProgress: (p) => seen.push(p) });
    const worker = await theWorker();
    worker.emit(progress(undefined), progress(2_000), progress(4_000, true));
    expect(seen).toEqual([
      { startedAt: 1, received: undefined, total: undefined },
      { startedAt: 1, received: 2_000, total: undefined },
      { startedAt: 1, received: 4_000, total: undefined, checking: true },
    ]);
    worker.emit(...answer(makeDataset(), 5_000));
    await loading;
  });

  it('puts the dataset together from its head and its slices of estimates, in order', async () => {
    const dataset = sevenEstimates();
    const loading = loadDataset('data.json');
    const worker = await theWorker();
    const messages = answer(dataset, 3);
    expect(messages.filter((m) => m.type === 'estimates')).toHaveLength(3);
    worker.emit(...messages);
    const loaded = await loading;
    expect(loaded).toEqual(dataset);
    expect(loaded.estimates.map((e) => e.id)).toEqual(dataset.estimates.map((e) => e.id));
    expect(worker.terminated).toBe(true);
  });

  it('records the worker’s timings on the page’s timeline', async () => {
    const name = 'crosscheck:test-worker-timing';
    const loading = loadDataset('data.json');
    const worker = await theWorker();
    worker.emit(
      {
        type: 'timings',
        timeOrigin: performance.timeOrigin + 1_000,
        timings: [{ name, startTime: 5, duration: 10 }],
      },
      ...answer(makeDataset(), 5_000),
    );
    await loading;
    const [entry] = performance.getEntriesByName(name, 'measure');
    expect(entry?.startTime).toBeCloseTo(1_005, 1);
    performance.clearMeasures(name);
  });

  it('rejects when the worker finishes without sending the dataset', async () => {
    const loading = loadDataset('data.json');
    const worker = await theWorker();
    worker.emit({ type: 'done' });
    await expect(loading).rejects.toThrow(
      'The dataset worker finished without sending the dataset.',
    );
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the DatasetError the worker describes, and stops the worker', async () => {
    const loading = loadDataset('data/war.json');
    const worker = await theWorker();
    worker.emit({
      type: 'failed',
      error: {
        kind: 'http',
        path: 'data/war.json',
        message: 'The server answered 503 for data/war.json.',
        status: 503,
        problems: [],
      },
    });
    const error = await catchDatasetErrorAsync(loading);
    expect(error).toBeInstanceOf(DatasetError);
    expect(error).toMatchObject({
      kind: 'http',
      path: 'data/war.json',
      message: 'The server answered 503 for data/war.json.',
      status: 503,
      problems: [],
    });
    expect(error.retryable).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('keeps the problems of an invalid dataset, which is not worth retrying', async () => {
    const problems = [
      { path: 'estimates[0].value', message: 'give a best figure or a range' },
      { path: 'sources[1].id', message: 'is used twice' },
    ];
    const loading = loadDataset('data.json');
    (await theWorker()).emit({
      type: 'failed',
      error: {
        kind: 'invalid',
        path: 'data.json',
        message: 'The file is not a valid dataset.',
        status: undefined,
        problems,
      },
    });
    const error = await catchDatasetErrorAsync(loading);
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('The file is not a valid dataset.');
    expect(error.status).toBeUndefined();
    expect(error.problems).toEqual(problems);
    expect(error.retryable).toBe(false);
  });

  it('refuses another site’s file before starting a worker', async () => {
    const error = await catchDatasetErrorAsync(loadDataset('https://elsewhere.example/x.json'));
    expect(error.kind).toBe('origin');
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('rejects with the reason and stops the worker when cancelled', async () => {
    const controller = new AbortController();
    const loading = loadDataset('data.json', { signal: controller.signal });
    const worker = await theWorker();
    const reason = new Error('the person went elsewhere');
    controller.abort(reason);
    await expect(loading).rejects.toBe(reason);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with an AbortError when cancelled without an Error for a reason', async () => {
    const controller = new AbortController();
    const loading = loadDataset('data.json', { signal: controller.signal });
    controller.abort('bored');
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    // Cancelled before the worker's code was in: no worker was started at all.
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('ignores a cancel that comes after the dataset', async () => {
    const controller = new AbortController();
    const loading = loadDataset('data.json', { signal: controller.signal });
    (await theWorker()).emit(...answer(makeDataset(), 5_000));
    controller.abort(new Error('too late'));
    await expect(loading).resolves.toEqual(makeDataset());
  });

  it('does the work on this thread when the worker cannot start', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(makeDataset()))));
    vi.stubGlobal('fetch', fetch);
    const loading = loadDataset('data.json');
    const worker = await theWorker();
    expect(worker.fail()).toBe(true);
    expect(worker.terminated).toBe(true);
    await expect(loading).resolves.toEqual(makeDataset());
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('loadDataset’s time limit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('rejects with a timeout when the worker says nothing for the idle limit', async () => {
    const loading = loadDataset('data.json');
    const state = track(loading);
    const worker = await theWorker();
    await vi.advanceTimersByTimeAsync(datasetIdleTimeoutMs - 1);
    expect(state.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await catchDatasetErrorAsync(loading);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `The server sent no answer for data.json within ${datasetIdleTimeoutMs / 1000} seconds.`,
    );
    expect(error.retryable).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('does not start the wait again for a late "started" report with no news from the server', async () => {
    const loading = loadDataset('data.json');
    const state = track(loading);
    const worker = await theWorker();
    await vi.advanceTimersByTimeAsync(datasetIdleTimeoutMs - 1);
    worker.emit(progress(undefined));
    expect(state.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await catchDatasetErrorAsync(loading)).kind).toBe('timeout');
  });

  it('starts the wait again on progress, and says how much came', async () => {
    const loading = loadDataset('data.json');
    const state = track(loading);
    const worker = await theWorker();
    await vi.advanceTimersByTimeAsync(datasetIdleTimeoutMs - 1);
    worker.emit(progress(2_500));
    await vi.advanceTimersByTimeAsync(datasetIdleTimeoutMs - 1);
    expect(state.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await catchDatasetErrorAsync(loading);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      `The server stopped sending data.json: nothing more came for ${datasetIdleTimeoutMs / 1000} seconds, after 2.5 kB.`,
    );
  });

  it('stops waiting once every byte is in and the file is being checked', async () => {
    const loading = loadDataset('data.json');
    const state = track(loading);
    const worker = await theWorker();
    worker.emit(progress(4_000, true));
    await vi.advanceTimersByTimeAsync(datasetIdleTimeoutMs * 3);
    expect(state.settled()).toBe(false);
    worker.emit(...answer(makeDataset(), 5_000));
    await expect(loading).resolves.toEqual(makeDataset());
  });

  it('leaves no timer behind once the dataset is in', async () => {
    const loading = loadDataset('data.json');
    const worker = await theWorker();
    expect(vi.getTimerCount()).toBe(1);
    worker.emit(...answer(makeDataset(), 5_000));
    await loading;
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no timer behind once the worker fails', async () => {
    const loading = loadDataset('data.json');
    (await theWorker()).emit({
      type: 'failed',
      error: { kind: 'html', path: 'data.json', message: 'A page.', status: 200, problems: [] },
    });
    await expect(loading).rejects.toBeInstanceOf(DatasetError);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('loadDataset without workers', () => {
  beforeEach(() => {
    vi.stubGlobal('Worker', undefined);
  });

  it('fetches, checks and returns the dataset on this thread', async () => {
    const fetch = vi.fn((_url: URL, _init: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify(makeDataset()))),
    );
    vi.stubGlobal('fetch', fetch);
    const seen: LoadProgress[] = [];
    const dataset = await loadDataset('data.json', { onProgress: (p) => seen.push(p) });
    expect(dataset).toEqual(makeDataset());
    expect(FakeWorker.made).toHaveLength(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0].href).toBe('http://localhost/app/data.json');
    expect(seen.at(-1)).toMatchObject({ checking: true });
  });

  it('gives the same DatasetErrors as the worker', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' }))),
    );
    const error = await catchDatasetErrorAsync(loadDataset('data.json'));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(404);
    expect(error.retryable).toBe(false);
  });
});

describe('loadDataset for the shipped dataset', () => {
  const shippedText = () =>
    readFile(`data/${defaultDatasetPath.slice(2)}`, 'utf8').then((t) => t.replace(/^\uFEFF/, ''));

  it('fetches it on the page and, as built, starts no worker', async () => {
    const text = await shippedText();
    const fetch = vi.fn(() => Promise.resolve(new Response(text)));
    vi.stubGlobal('fetch', fetch);
    const dataset = await loadDataset(defaultDatasetPath);
    expect(dataset).toEqual(JSON.parse(text));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('sends any other text to the worker to be checked', async () => {
    const edited = (await shippedText()).replace('"title": "', '"title": "Edited: ');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(edited))),
    );
    const loading = loadDataset(defaultDatasetPath);
    // Started once the text is in and found not to be the shipped one.
    await vi.waitFor(() => expect(FakeWorker.made[0]?.posted).toHaveLength(1));
    const worker = await theWorker();
    expect(worker.posted[0]).toMatchObject({
      kind: 'text',
      text: edited,
      path: defaultDatasetPath,
    });
    const dataset = JSON.parse(edited) as Dataset;
    worker.emit(...answer(dataset, 5_000));
    expect((await loading).title).toMatch(/^Edited: /);
  });

  it('reports the server’s failures as for any dataset, with no worker', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('', { status: 500 }))),
    );
    const error = await catchDatasetErrorAsync(loadDataset(defaultDatasetPath));
    expect(error.kind).toBe('http');
    expect(FakeWorker.made).toHaveLength(0);
  });
});
