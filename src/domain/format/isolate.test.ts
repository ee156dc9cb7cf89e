import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceIsolates, isolate, isolateEnd, isolateStart, stripIsolates } from './isolate';

const fsi = isolateStart;
const pdi = isolateEnd;
const lri = '\u2066';
const rli = '\u2067';
const rlo = '\u202e';

/** How deep the isolates are after each character; never below zero when balanced. */
function depths(text: string): number[] {
  let depth = 0;
  return Array.from(text, (character) => {
    if ([lri, rli, fsi].includes(character)) depth += 1;
    else if (character === pdi) depth -= 1;
    return depth;
  });
}

describe('isolate', () => {
  it('puts a string between FSI and PDI, and leaves an empty one alone', () => {
    expect(isolate('South Korea NIS')).toBe(`${fsi}South Korea NIS${pdi}`);
    expect(isolate('')).toBe('');
  });

  it('keeps an override inside the isolate, where the closing PDI ends it', () => {
    expect(isolate(`Ostmark ${rlo}MoD`)).toBe(`${fsi}Ostmark ${rlo}MoD${pdi}`);
  });

  it('drops a stray PDI that would close the isolate early and free what follows', () => {
    expect(isolate(`Ostmark ${pdi}${rlo}MoD`)).toBe(`${fsi}Ostmark ${rlo}MoD${pdi}`);
  });

  it("closes the string's own isolates left open, and keeps its balanced ones", () => {
    expect(isolate(`a ${rli}b`)).toBe(`${fsi}a ${rli}b${pdi}${pdi}`);
    expect(isolate(`a ${lri}b${pdi} c`)).toBe(`${fsi}a ${lri}b${pdi} c${pdi}`);
  });

  it('keeps a string on one bidi paragraph: its paragraph and segment breaks become spaces', () => {
    for (const separator of ['\n', '\r', '\t', '\u001c', '\u001e', '\u0085', '\u2028', '\u2029']) {
      expect(isolate(`Ostmark${separator}${rlo}MoD`)).toBe(`${fsi}Ostmark ${rlo}MoD${pdi}`);
    }
  });

  it('is balanced for any string: it ends at depth 0 and never closes before its end', () => {
    const bidiText = fc.string({
      unit: fc.constantFrom(
        ...['a', '1', ' ', ',', '\u0627', lri, rli, fsi, pdi, rlo, '\u202c'],
        ...['\n', '\u0085', '\u2029'],
      ),
    });
    fc.assert(
      fc.property(bidiText, (text) => {
        const levels = depths(isolate(text));
        if (!text) return;
        expect(levels.at(-1)).toBe(0);
        expect(levels.slice(0, -1).every((level) => level > 0)).toBe(true);
        expect(isolate(text)).not.toMatch(/[\n\u0085\u2029]/);
      }),
    );
  });
});

describe('stripIsolates', () => {
  it('removes every isolate control, for CSV cells and accessible names', () => {
    expect(stripIsolates(`${fsi}Zelensky${pdi}, 9 Jan 2025`)).toBe('Zelensky, 9 Jan 2025');
    expect(stripIsolates(`${lri}a${pdi}${rli}b${pdi}`)).toBe('ab');
  });
});

describe('balanceIsolates', () => {
  it('closes an isolate at the end of a line and opens it again on the next', () => {
    const lines = [`Sources: ${fsi}Stars`, `and Stripes${pdi}, 31 Oct 2024`];
    expect(balanceIsolates(lines)).toEqual([
      `Sources: ${fsi}Stars${pdi}`,
      `${fsi}and Stripes${pdi}, 31 Oct 2024`,
    ]);
  });

  it('carries nested isolates across several lines', () => {
    const lines = [`${fsi}a ${fsi}b`, 'c', `d${pdi} e${pdi}`];
    expect(balanceIsolates(lines)).toEqual([
      `${fsi}a ${fsi}b${pdi}${pdi}`,
      `${fsi}${fsi}c${pdi}${pdi}`,
      `${fsi}${fsi}d${pdi} e${pdi}`,
    ]);
  });

  it("reopens a string's own right-to-left isolate as it was", () => {
    expect(balanceIsolates([`${fsi}a ${rli}b`, `c${pdi}${pdi}`])).toEqual([
      `${fsi}a ${rli}b${pdi}${pdi}`,
      `${fsi}${rli}c${pdi}${pdi}`,
    ]);
  });
});
