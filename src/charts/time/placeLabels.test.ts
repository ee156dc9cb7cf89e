import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelObstacles } from './placeLabels';

const measure = (text: string) => text.length * 6;
const bounds = { left: 0, right: 500, top: 0, bottom: 300 };

describe('placeLabels', () => {
  it('puts a label above its point when there is room', () => {
    expect(placeLabels([{ x: 100, y: 100, text: '4,000' }], measure, bounds)).toEqual([
      { x: 100, y: 89, text: '4,000' },
    ]);
  });

  it('moves a label that would collide below, beside, then out with a leader line', () => {
    const placed = placeLabels(
      [
        { x: 100, y: 100, text: '4,000' },
        { x: 100, y: 160, text: '3,800' },
      ],
      measure,
      bounds,
      12,
      {
        points: [
          { x: 100, y: 100 },
          { x: 100, y: 160 },
        ],
        // A line running just above the second point, through where its label would go.
        segments: [{ x1: 0, y1: 148, x2: 500, y2: 148 }],
      },
    );
    expect(placed[0]?.y).toBeLessThan(100);
    expect(placed[1]?.y).toBeGreaterThan(160);
    expect(placed[1]?.leader).toBeUndefined();
  });

  it('never places a label where another point is nearer to it than its own', () => {
    // Two points 20 px apart on one level: a label above either one is closest to it alone,
    // but one between them would not be; both get their own label, on the outer side or above.
    const requests = [
      { x: 100, y: 100, text: '1,200' },
      { x: 120, y: 100, text: '4,000' },
    ];
    const placed = placeLabels(requests, measure, bounds);
    requests.forEach((request, i) => {
      const label = placed[i];
      if (!label) return;
      const distance = (p: { x: number; y: number }) => Math.hypot(p.x - label.x, p.y - label.y);
      const other = requests[1 - i];
      if (other) expect(distance(request)).toBeLessThan(distance(other));
    });
    expect(placed.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('leaves out a label with no place nearer its point than to any other', () => {
    // A point in a crowd: every place a label could go is nearer another point.
    const crowd = Array.from({ length: 169 }, (_, i) => ({
      x: 190 + (i % 13) * 10,
      y: 90 + Math.floor(i / 13) * 10,
    }));
    const placed = placeLabels([{ x: 250, y: 150, text: '4,000' }], measure, bounds, 12, {
      points: crowd,
      segments: [],
    });
    expect(placed).toEqual([undefined]);
  });

  it('stands a label off with a leader line when every place next to its point is taken', () => {
    const crowd: LabelObstacles = {
      points: [{ x: 250, y: 150 }],
      segments: [
        { x1: 0, y1: 150, x2: 500, y2: 150 },
        { x1: 250, y1: 0, x2: 250, y2: 300 },
      ],
    };
    const [label] = placeLabels([{ x: 250, y: 150, text: '6,000' }], measure, bounds, 12, crowd);
    expect(label?.leader).toBeDefined();
    expect(label?.x).not.toBe(250);
  });

  it('never places a label outside the plot', () => {
    for (const request of [
      { x: 4, y: 5, text: '1,200' },
      { x: 100, y: 299, text: '36' },
      { x: 497, y: 150, text: '12,000' },
    ]) {
      const [label] = placeLabels([request], measure, bounds);
      if (!label) throw new Error(`${request.text}: no label`);
      const half = measure(label.text) / 2 + 2;
      expect(label.x - half).toBeGreaterThanOrEqual(bounds.left);
      expect(label.x + half).toBeLessThanOrEqual(bounds.right);
      expect(label.y + 2 - 12).toBeGreaterThanOrEqual(bounds.top);
      expect(label.y + 2).toBeLessThanOrEqual(bounds.bottom);
    }
  });

  it('ignores points and lines off the scale (NaN), rather than dropping every label', () => {
    const [label] = placeLabels([{ x: 100, y: 100, text: '4,000' }], measure, bounds, 12, {
      points: [
        { x: 100, y: 100 },
        { x: Number.NaN, y: 40 },
      ],
      segments: [{ x1: Number.NaN, y1: 0, x2: 500, y2: 300 }],
    });
    expect(label).toBeDefined();
  });

  it('draws no leader through another point', () => {
    const crowd: LabelObstacles = {
      points: [
        { x: 250, y: 150 },
        { x: 262, y: 125 },
      ],
      segments: [
        { x1: 0, y1: 150, x2: 500, y2: 150 },
        { x1: 250, y1: 0, x2: 250, y2: 300 },
      ],
    };
    const [label] = placeLabels([{ x: 250, y: 150, text: '6,000' }], measure, bounds, 12, crowd);
    expect(label?.leader).toBeDefined();
    const leader = label?.leader;
    if (!leader) return;
    // The leader keeps a marker's room (7 px) from the other point.
    const t = Math.max(
      0,
      Math.min(
        1,
        ((262 - leader.x1) * (leader.x2 - leader.x1) +
          (125 - leader.y1) * (leader.y2 - leader.y1)) /
          ((leader.x2 - leader.x1) ** 2 + (leader.y2 - leader.y1) ** 2),
      ),
    );
    const nearest = Math.hypot(
      leader.x1 + t * (leader.x2 - leader.x1) - 262,
      leader.y1 + t * (leader.y2 - leader.y1) - 125,
    );
    expect(nearest).toBeGreaterThanOrEqual(7);
  });
});
