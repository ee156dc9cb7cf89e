import { describe, expect, it } from 'vitest';
import {
  firstScreenCharacters,
  formatUnicodeRange,
  listMissedCharacters,
  parseUnicodeRange,
} from './firstScreenFontsPlugin.mjs';

describe('parseUnicodeRange', () => {
  it('reads single points, spans and wildcards', () => {
    expect([...parseUnicodeRange('U+41, U+61-63')]).toEqual([0x41, 0x61, 0x62, 0x63]);
    const wildcard = parseUnicodeRange('U+01??');
    expect(wildcard.size).toBe(256);
    expect(wildcard.has(0x100) && wildcard.has(0x1ff) && !wildcard.has(0x200)).toBe(true);
  });
});

describe('formatUnicodeRange', () => {
  it('writes consecutive points as spans, in order, each once', () => {
    expect(formatUnicodeRange([0x2013, 0x20, 0x21, 0x22, 0xb7, 0x21])).toBe('U+20-22,U+B7,U+2013');
  });

  it('gives back what parseUnicodeRange read', () => {
    const range = 'U+0-FF,U+131,U+152-153,U+2000-206F,U+FFFD';
    expect(parseUnicodeRange(formatUnicodeRange(parseUnicodeRange(range)))).toEqual(
      parseUnicodeRange(range),
    );
  });
});

describe('listMissedCharacters', () => {
  it('names the Latin characters of the text that the first screen’s fonts lack, once each', async () => {
    await expect(
      listMissedCharacters(['<p title="é">Kirby · 4,000 — ±</p>', '<b>Åland ±</b>']),
    ).resolves.toBe('±Å');
  });

  it('reads entities and ignores tags, attributes and characters of other scripts', async () => {
    await expect(
      listMissedCharacters([
        '<svg aria-label="ü"><text>&#xE9; &amp; &quot;ok&quot; Київ</text></svg>',
      ]),
    ).resolves.toBe('é');
  });

  it('finds nothing to add in the app’s own punctuation', async () => {
    await expect(listMissedCharacters([firstScreenCharacters])).resolves.toBe('');
  });
});
