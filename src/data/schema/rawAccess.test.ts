import { describe, expect, it } from 'vitest';
import { asRecord, readItems, readNumber, readString, readStrings } from './rawAccess';

describe('rawAccess', () => {
  it('asRecord accepts plain objects only', () => {
    const record = { a: 1 };
    expect(asRecord(record)).toBe(record);
    for (const value of [null, undefined, [], 'x', 1]) expect(asRecord(value)).toBeUndefined();
  });

  it('readItems keeps the records of a list with their own index, skipping the rest', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(readItems({ list: [a, null, 'x', [], b] }, 'list')).toEqual([
      { index: 0, item: a },
      { index: 4, item: b },
    ]);
    expect(readItems({ list: 'nope' }, 'list')).toEqual([]);
    expect(readItems({}, 'list')).toEqual([]);
  });

  it('readString and readStrings read strings only', () => {
    expect(readString({ id: 'x' }, 'id')).toBe('x');
    expect(readString({ id: 5 }, 'id')).toBeUndefined();
    expect(readStrings({ ids: ['a', 1, null, 'b'] }, 'ids')).toEqual([
      { index: 0, value: 'a' },
      { index: 3, value: 'b' },
    ]);
    expect(readStrings({ ids: 'a' }, 'ids')).toEqual([]);
  });

  it('readNumber reads finite numbers only', () => {
    expect(readNumber({ n: 3 }, 'n')).toBe(3);
    expect(readNumber({ n: 1e308 }, 'n')).toBe(1e308);
    for (const n of [NaN, Infinity, '3', null]) expect(readNumber({ n }, 'n')).toBeUndefined();
  });
});
