import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchDatasetError, catchDatasetErrorAsync } from '../../testing/catchDatasetError';
import { makeDataset } from '../../testing/factories/makeDataset';
import { datasetLimits } from '../schema/datasetLimits';
import { datasetIdleTimeoutMs } from '../schema/datasetLimits';
import { fetchDataset } from './fetchDataset';
import { parseDatasetText } from '../read/parseDatasetText';
import { resolveDatasetUrl } from './resolveDatasetUrl';
import type { LoadProgress } from './loadProgress';

const validBytes = new TextEncoder().encode(JSON.stringify(makeDataset()));

/** A body that sends `chunks` as the test says, through `send` and `end`. */
function makeBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (c) => (controller = c) });
  return {
    stream,
    send: (chunk: Uint8Array) => controller.enqueue(chunk),
    end: () => controller.close(),
    break: () => controller.error(new TypeError('network error')),
  };
}

/** Stubs fetch with `answer`; a pending answer still rejects when its signal aborts. */
function stubFetch(answer: (init: RequestInit) => Promise<Response> | Response) {
  const fetch = vi.fn((_url: URL, init: RequestInit) => Promise.resolve(answer(init)));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const hang = (init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => {
      reject(init.signal?.reason as Error);
    });
  });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchDataset', () => {
  it('loads a dataset same-origin, asking for JSON, and reports its progress', async () => {
    const fetch = stubFetch(
      () =>
        new Response(validBytes, {
          headers: { 'content-length': String(validBytes.length), 'content-type': 'text/plain' },
        }),
    );
    const progress: LoadProgress[] = [];
    const dataset = await fetchDataset('data.json', parseDatasetText, {
      onProgress: (p) => progress.push(p),
    });
    expect(dataset).toEqual(makeDataset());
    expect(fetch.mock.calls[0]?.[0].href).toBe('http://localhost/data.json');
    expect(fetch.mock.calls[0]?.[1].headers).toEqual({ accept: 'application/json' });
    expect(progress[0]).toMatchObject({ received: undefined, total: undefined });
    expect(progress[1]).toMatchObject({ received: 0, total: validBytes.length });
    expect(progress.at(-1)).toMatchObject({ received: validBytes.length });
  });

  it('gives no total for a compressed transfer, whose length is not what arrives', async () => {
    stubFetch(
      () =>
        new Response(validBytes, {
          headers: { 'content-length': '10', 'content-encoding': 'gzip' },
        }),
    );
    const progress: LoadProgress[] = [];
    await fetchDataset('data.json', parseDatasetText, { onProgress: (p) => progress.push(p) });
    expect(progress.every((p) => p.total === undefined)).toBe(true);
  });

  it.each([
    [404, 'Not Found', false],
    [403, 'Forbidden', false],
    [500, 'Internal Server Error', true],
    [503, '', true],
  ])('says which HTTP status came back: %d', async (status, statusText, retryable) => {
    stubFetch(() => new Response('nope', { status, statusText }));
    const error = await catchDatasetErrorAsync(fetchDataset('/x.json', parseDatasetText));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(retryable);
    const said = statusText ? `${status} ${statusText}` : String(status);
    expect(error.message).toBe(`The server answered ${said} for /x.json.`);
  });

  it('says when the server cannot be reached', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await catchDatasetErrorAsync(fetchDataset('x.json', parseDatasetText));
    expect(error.kind).toBe('network');
    expect(error.message).toBe('Could not reach the server for x.json.');
  });

  it('gives up on a server that does not answer within the idle time', async () => {
    vi.useFakeTimers();
    stubFetch(hang);
    const pending = catchDatasetErrorAsync(fetchDataset('x.json', parseDatasetText));
    await vi.advanceTimersByTimeAsync(datasetIdleTimeoutMs);
    const error = await pending;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The server sent no answer for x.json within 30 seconds.');
  });

  it('gives up on a transfer that stalls, saying how much had come', async () => {
    vi.useFakeTimers();
    const body = makeBody();
    stubFetch(() => new Response(body.stream));
    const pending = catchDatasetErrorAsync(fetchDataset('x.json', parseDatasetText));
    body.send(new Uint8Array(1500).fill(0x20));
    await vi.advanceTimersByTimeAsync(datasetIdleTimeoutMs);
    const error = await pending;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(
      'The server stopped sending x.json: nothing more came for 30 seconds, after 1.5 kB.',
    );
  });

  it('waits as long as a slow transfer keeps arriving', async () => {
    vi.useFakeTimers();
    const body = makeBody();
    stubFetch(() => new Response(body.stream));
    const loaded = fetchDataset('x.json', parseDatasetText);
    const step = Math.ceil(validBytes.length / 5);
    for (let at = 0; at < validBytes.length; at += step) {
      await vi.advanceTimersByTimeAsync(datasetIdleTimeoutMs - 1);
      body.send(validBytes.slice(at, at + step));
    }
    body.end();
    await expect(loaded).resolves.toEqual(makeDataset());
  });

  it('says when the connection breaks part-way', async () => {
    const body = makeBody();
    stubFetch(() => new Response(body.stream));
    body.send(validBytes.slice(0, 10));
    const loading = catchDatasetErrorAsync(fetchDataset('x.json', parseDatasetText));
    await vi.waitFor(() => expect(body.stream.locked).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    body.break();
    const error = await loading;
    expect(error.kind).toBe('truncated');
    expect(error.retriedAutomatically).toBe(true);
    expect(error.message).toBe('The connection broke while x.json was arriving, after 10 bytes.');
  });

  it('refuses a file too large from its header, without reading it', async () => {
    const body = makeBody();
    const length = String(datasetLimits.fileBytes + 1);
    stubFetch(() => new Response(body.stream, { headers: { 'content-length': length } }));
    const error = await catchDatasetErrorAsync(fetchDataset('big.json', parseDatasetText));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('big.json is 50.0 MB, more than the 50.0 MB a dataset may be.');
  });

  it('stops reading a file that grows past the limit with no length given', async () => {
    const megabyte = new Uint8Array(1_000_000).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        sent += 1;
        controller.enqueue(megabyte);
      },
    });
    stubFetch(() => new Response(stream));
    const error = await catchDatasetErrorAsync(fetchDataset('endless.json', parseDatasetText));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('endless.json is larger than the 50.0 MB a dataset may be.');
    expect(sent).toBeLessThan(60);
  });

  it('joins a character split between two chunks, and refuses bytes that are not UTF-8', async () => {
    const text = JSON.stringify(makeDataset({ title: 'Ülkeler – 北朝鮮' }));
    const bytes = new TextEncoder().encode(text);
    const split = bytes.indexOf(0xe5) + 1;
    const body = makeBody();
    stubFetch(() => new Response(body.stream));
    body.send(bytes.slice(0, split));
    body.send(bytes.slice(split));
    body.end();
    expect((await fetchDataset('x.json', parseDatasetText)).title).toBe('Ülkeler – 北朝鮮');

    stubFetch(() => new Response(new Uint8Array([0x7b, 0xff, 0x7d])));
    const error = await catchDatasetErrorAsync(fetchDataset('latin1.json', parseDatasetText));
    expect(error.kind).toBe('not-json');
    expect(error.message).toBe('latin1.json is not UTF-8 text, so it cannot be JSON.');
  });

  it("rejects with the caller's reason, not a DatasetError, when cancelled", async () => {
    stubFetch(hang);
    const controller = new AbortController();
    const loading = fetchDataset('x.json', parseDatasetText, { signal: controller.signal });
    const reason = new DOMException('gone elsewhere', 'AbortError');
    controller.abort(reason);
    await expect(loading).rejects.toBe(reason);
  });
});

describe('resolveDatasetUrl', () => {
  it.each([
    ['./north-korea-russia-2024-2025.json', 'http://localhost/north-korea-russia-2024-2025.json'],
    ['/__acceptance__/generic.json', 'http://localhost/__acceptance__/generic.json'],
    ['data/x.json?v=2', 'http://localhost/data/x.json?v=2'],
    ['http://localhost/x.json', 'http://localhost/x.json'],
  ])('resolves the same-origin path %s', (path, href) => {
    expect(resolveDatasetUrl(path).href).toBe(href);
  });

  it.each([
    'https://evil.example/data.json',
    '//evil.example/data.json',
    'http://localhost:8080/data.json',
    'https://localhost/data.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    'file:///etc/passwd',
  ])('refuses %s with kind "origin"', (path) => {
    const error = catchDatasetError(() => resolveDatasetUrl(path));
    expect(error.kind).toBe('origin');
    expect(error.path).toBe(path);
    expect(error.message).toBe(
      `Only datasets from this site can be opened; "${path}" points elsewhere.`,
    );
  });

  it('refuses a path that is not a URL at all with kind "origin"', () => {
    const error = catchDatasetError(() => resolveDatasetUrl('http://['));
    expect(error.kind).toBe('origin');
    expect(error.message).toBe('"http://[" is not a path to a dataset.');
  });
});
