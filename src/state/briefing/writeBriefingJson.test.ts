import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSlideKeys } from './assignSlideKeys';
import type { BriefingFile } from './briefing';
import { readBriefingText } from './readBriefingText';
import { writeBriefingJson } from './writeBriefingJson';

const fingerprint = '4185c6003f825b4986332482300f358c060e1d5211305cb91e2bd1ba7afa4353';

const file: BriefingFile = {
  exported: '2026-12-06',
  dataset: { title: 'North Korean troops', fingerprint, id: 'north-korea-russia-2024-2025' },
  briefing: {
    slides: [
      { link: '?view=casualties&to=2025-01', key: 'a', name: 'In January' },
      { key: 'b', link: '?view=compare&title=%E2%80%9CLosses%E2%80%9D' },
    ],
    title: 'Losses, as claimed',
    id: 'losses',
  },
};

describe('writeBriefingJson', () => {
  it('writes the keys in the format\u2019s order, two-space indented, slides without keys', () => {
    expect(writeBriefingJson(file)).toBe(`{
  "format": "briefing/v1",
  "id": "losses",
  "title": "Losses, as claimed",
  "exported": "2026-12-06",
  "dataset": {
    "id": "north-korea-russia-2024-2025",
    "fingerprint": "${fingerprint}",
    "title": "North Korean troops"
  },
  "slides": [
    {
      "name": "In January",
      "link": "?view=casualties&to=2025-01"
    },
    {
      "link": "?view=compare&title=%E2%80%9CLosses%E2%80%9D"
    }
  ]
}
`);
  });

  it('leaves out what is absent', () => {
    const bare: BriefingFile = {
      briefing: { title: 'T', slides: [] },
      dataset: { id: 'd', fingerprint },
    };
    expect(JSON.parse(writeBriefingJson(bare))).toStrictEqual({
      format: 'briefing/v1',
      title: 'T',
      dataset: { id: 'd', fingerprint },
      slides: [],
    });
  });

  it('reads back to the same file, its slides keyed anew', () => {
    const read = readBriefingText(writeBriefingJson(file), 'b.json');
    expect(read).toStrictEqual({
      ...file,
      briefing: { ...file.briefing, slides: assignSlideKeys(file.briefing.slides) },
    });
    expect(writeBriefingJson(read)).toBe(writeBriefingJson(file));
  });
});

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
// One line, not blank, within 100 characters, in any script.
const line = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 100 })
  // eslint-disable-next-line no-control-regex -- a line has none
  .filter((text) => /\S/.test(text) && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text));
const link = fc
  .record({ view: fc.constantFrom('compare', 'forces'), to: fc.constantFrom('2025', '2025-01') })
  .map(({ view, to }) => `?view=${view}&to=${to}`);

const arbitraryFile: fc.Arbitrary<BriefingFile> = fc
  .record(
    {
      id: slug,
      title: line,
      exported: fc.constantFrom('2024-02-29', '2026-12-06'),
      datasetTitle: fc.string({ minLength: 1, maxLength: 300 }).filter((t) => /\S/.test(t)),
      slides: fc.array(fc.record({ name: line, link }, { requiredKeys: ['link'] }), {
        maxLength: 60,
      }),
    },
    { requiredKeys: ['title', 'slides'] },
  )
  .map(({ id, title, exported, datasetTitle, slides }) => ({
    briefing: { ...(id ? { id } : {}), title, slides: assignSlideKeys(slides) },
    dataset: { id: 'd', fingerprint, ...(datasetTitle ? { title: datasetTitle } : {}) },
    ...(exported ? { exported } : {}),
  }));

describe('writeBriefingJson and readBriefingText', () => {
  it('give back any valid briefing as it was', () => {
    fc.assert(
      fc.property(arbitraryFile, (briefingFile) => {
        expect(readBriefingText(writeBriefingJson(briefingFile), 'b.json')).toStrictEqual(
          briefingFile,
        );
      }),
      { numRuns: 200 },
    );
  });
});
