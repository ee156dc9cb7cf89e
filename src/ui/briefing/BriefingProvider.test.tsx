// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readStoredBriefing, saveStoredBriefing } from '../../state/briefing/briefingStore';
import { firstChartMark } from '../../lib/afterFirstChart';
import { makeDataset } from '../../testing/factories/makeDataset';
import { BriefingProvider, useBriefing, type BriefingApi } from './BriefingProvider';

afterEach(cleanup);
// The store is read once the first chart is drawn: here, at once.
beforeAll(() => performance.mark(firstChartMark));

let api: BriefingApi | undefined;
function Probe() {
  const seen = useBriefing();
  useEffect(() => {
    api = seen;
  });
  return <p>{seen?.briefing.slides.map((s) => s.name ?? s.link).join(' | ')}</p>;
}

const slide = (link: string, name: string) => ({ kind: 'add', link, name }) as const;

describe('BriefingProvider', () => {
  it('adds slides clicked before the kept briefing was read onto it, in order, and keeps them', async () => {
    const dataset = makeDataset({ id: 'early-clicks' });
    await saveStoredBriefing(dataset.id, 'ab'.repeat(32), {
      title: 'Kept',
      slides: [{ key: 's1', name: 'Kept slide', link: '?view=forces' }],
    });
    render(
      <BriefingProvider dataset={dataset}>
        <Probe />
      </BriefingProvider>,
    );
    // Two quick clicks, before the store has answered.
    act(() => {
      api?.change(slide('?view=compare', 'First added'), 'First added');
      api?.change(slide('?view=casualties', 'Second added'), 'Second added');
    });
    await screen.findByText('Kept slide | First added | Second added');
    await waitFor(async () => {
      const kept = await readStoredBriefing(dataset.id);
      expect(kept?.briefing.slides.map((s) => s.name)).toEqual([
        'Kept slide',
        'First added',
        'Second added',
      ]);
    });
  });

  it('undoes the last change, back to the version before it', async () => {
    const dataset = makeDataset({ id: 'undo' });
    render(
      <BriefingProvider dataset={dataset}>
        <Probe />
      </BriefingProvider>,
    );
    act(() => api?.change(slide('?view=forces', 'Forces'), 'Forces'));
    await screen.findByText('Forces');
    expect(api?.canUndo).toBe(true);
    act(() => api?.undo());
    await waitFor(() => expect(api?.briefing.slides).toEqual([]));
    expect(api?.canUndo).toBe(false);
  });
});
