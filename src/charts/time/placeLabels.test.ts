import { describe, expect, it } from 'vitest';
import { placeLabels } from './placeLabels';

const measure = (text: string) => text.length * 6;
const bounds = { left: 0, right: 500, top: 0, bottom: 300 };

describe('placeLabels', () => {
  it('puts a label above its point when there is room', () => {
    expect(placeLabels([{ x: 100, y: 100, text: '4,000' }], measure, bounds)).toEqual([
      { x: 100, y: 91, text: '4,000' },
    ]);
  });

  it('moves a colliding label below its point, and leaves out one that fits nowhere', () => {
    const placed = placeLabels(
      [
        { x: 100, y: 100, text: '4,000' },
        { x: 102, y: 101, text: '3,800' },
        { x: 101, y: 100, text: '3,000' },
      ],
      measure,
      bounds,
    );
    expect(placed[0]?.y).toBeLessThan(100);
    expect(placed[1]?.y).toBeGreaterThan(101);
    expect(placed[2]).toBeUndefined();
  });

  it('never places a label outside the plot', () => {
    expect(placeLabels([{ x: 4, y: 5, text: '1,200' }], measure, bounds)).toEqual([undefined]);
    expect(placeLabels([{ x: 100, y: 299, text: '36' }], measure, bounds)[0]?.y).toBe(290);
  });
});
