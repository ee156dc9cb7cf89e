import { describe, expect, it } from 'vitest';
import { getEmbedPath, makeEmbedCode } from './makeEmbedCode';

describe('getEmbedPath', () => {
  it('gives the baked embed for a chart of a view as it opens', () => {
    expect(getEmbedPath({ view: 'casualties' }, 'casualties-by-claimant')).toBe(
      'embed-casualties-by-claimant.html',
    );
    // A fingerprint is not a change of what is shown.
    expect(getEmbedPath({ view: 'forces', fp: 'abcdef' }, 'forces-sent')).toBe(
      'embed-forces-sent.html',
    );
  });

  it('gives embed.html with the whole state for filters, edits or another dataset', () => {
    expect(getEmbedPath({ view: 'casualties', claimants: ['nis'] }, 'casualties-by-claimant')).toBe(
      'embed.html?view=casualties&claimants=nis&chart=casualties-by-claimant',
    );
    expect(getEmbedPath({ view: 'casualties', title: 'Mine' }, 'c')).toMatch(
      /^embed\.html\?view=casualties&chart=c&title=Mine$/,
    );
    expect(getEmbedPath({ view: 'forces', dataset: './x.json' }, 'f')).toMatch(
      /^embed\.html\?dataset=/,
    );
  });
});

describe('makeEmbedCode', () => {
  const input = {
    pageUrl: 'https://example.org/crosscheck/?view=casualties',
    state: { view: 'casualties' },
    chartId: 'casualties-by-claimant',
    title: 'Casualties "killed & wounded" <by claimant>',
    height: 812.4,
    withScript: true,
  } as const;

  it('writes a titled full-width iframe at the chart height, and the script', () => {
    const code = makeEmbedCode(input);
    expect(code).toBe(
      '<iframe src="https://example.org/crosscheck/embed-casualties-by-claimant.html" ' +
        'title="Casualties &quot;killed &amp; wounded&quot; &lt;by claimant&gt;" width="100%" ' +
        'height="813" style="border:0;width:100%" loading="lazy"></iframe>\n' +
        '<script async src="https://example.org/crosscheck/embed.js"></script>',
    );
  });

  it('leaves the script out when asked', () => {
    expect(makeEmbedCode({ ...input, withScript: false })).not.toContain('<script');
  });
});
