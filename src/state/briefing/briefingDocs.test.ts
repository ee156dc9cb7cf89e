import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintDataset } from '../../data/fingerprintDataset';
import { loadDefaultModel } from '../../testing/loadJson';
import { checkBriefingDataset } from './checkBriefingDataset';
import { readBriefingText } from './readBriefingText';

// From the project root, where the tests run (see testing/loadJson.ts).
const docs = readFileSync(`${process.cwd()}/docs/briefing-format.md`, 'utf8');

describe('docs/briefing-format.md', () => {
  it('has an example that is a valid briefing of the default dataset, as it is now', async () => {
    const example = /```json\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
    const file = readBriefingText(example, 'the docs example');
    const model = loadDefaultModel();
    expect(file.dataset.fingerprint).toBe(await fingerprintDataset(model.dataset));
    expect(await checkBriefingDataset(file, model, file.dataset.fingerprint)).toEqual({
      status: 'same',
      slides: [],
    });
  });

  it('shows problems as Crosscheck words them', () => {
    const [, block = ''] = /for example\n\n((?: {4}.+\n)+)/.exec(docs) ?? [];
    const shown = block
      .trim()
      .split('\n')
      .map((line) => line.trim());
    expect(shown).toHaveLength(3);
    const slides = [{ link: '?view=compare' }, { link: '?view=compare' }, { link: '?view=x' }];
    slides.push({ link: '?view=compare' }, { link: '?view=compare&to=2025-13' });
    const text = JSON.stringify({
      format: 'briefing/v1',
      title: '',
      dataset: { id: 'd', fingerprint: 'ab'.repeat(32) },
      slides,
    });
    expect(() => readBriefingText(text, 'b.json')).toThrow(shown.join('\n'));
  });
});
