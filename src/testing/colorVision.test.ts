import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  deltaE2000,
  findClosestPair,
  simulateDeficiency,
  toLab,
  type Lab,
} from './colorVision';

describe('deltaE2000', () => {
  // Sharma, Wu & Dalal (2005), Table 1: pair number, the two L*a*b* colours and ΔE00 to 4 decimals.
  // The pairs chosen exercise the formula's edge cases: hue differences either side of 180°, mean
  // hues that wrap past 360°, an achromatic colour, and very dark and very light colours.
  it.each<[number, Lab, Lab, number]>([
    [1, [50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [4, [50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [7, [50, 0, 0], [50, -1, 2], 2.3669],
    [10, [50, 2.49, -0.001], [50, -2.49, 0.001], 7.1792],
    [11, [50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [14, [50, -0.001, 2.49], [50, 0.001, -2.49], 4.8045],
    [15, [50, -0.001, 2.49], [50, 0.0011, -2.49], 4.7461],
    [16, [50, 2.5, 0], [50, 0, -2.5], 4.3065],
    [17, [50, 2.5, 0], [73, 25, -18], 27.1492],
    [19, [50, 2.5, 0], [56, -27, -3], 31.903],
    [25, [60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [29, [22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [31, [90.8027, -2.0831, 1.441], [91.1528, -1.6435, 0.0447], 1.4441],
    [34, [2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ])('matches Sharma et al. pair %i', (_pair, first, second, expected) => {
    expect(deltaE2000(first, second)).toBeCloseTo(expected, 4);
    expect(deltaE2000(second, first)).toBeCloseTo(expected, 4);
  });

  it('is 0 between a colour and itself', () => {
    expect(deltaE2000([41, -12, 30], [41, -12, 30])).toBe(0);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black and white, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 10);
  });

  it('is 1 for a colour and itself', () => {
    expect(contrastRatio('#0072B2', '#0072B2')).toBe(1);
  });
});

describe('simulateDeficiency', () => {
  /** The sRGB transfer curve, undone (IEC 61966-2-1). */
  const linearize = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };

  it.each([
    ['#0072B2', [0x00, 0x72, 0xb2]],
    ['#D55E00', [0xd5, 0x5e, 0x00]],
    ['#808080', [0x80, 0x80, 0x80]],
    ['#FFFFFF', [0xff, 0xff, 0xff]],
  ])('leaves %s unchanged for normal vision', (hex, channels) => {
    const expected = channels.map(linearize);
    simulateDeficiency(hex, 'normal').forEach((value, i) => {
      expect(value).toBeCloseTo(expected[i] ?? Number.NaN, 12);
    });
  });

  it('maps pure red and pure green much closer together under deuteranopia', () => {
    const apart = (vision: 'normal' | 'deuteranopia') =>
      deltaE2000(toLab('#FF0000', vision), toLab('#00FF00', vision));
    expect(apart('normal')).toBeGreaterThan(80);
    expect(apart('deuteranopia')).toBeLessThan(apart('normal') / 3);
  });

  it('refuses anything but #rrggbb', () => {
    expect(() => simulateDeficiency('#fff', 'normal')).toThrow('Not a #rrggbb colour: #fff');
  });
});

describe('toLab', () => {
  it('gives the usual L*a*b* of sRGB white and red', () => {
    const [l, a, b] = toLab('#FFFFFF');
    expect(l).toBeCloseTo(100, 6);
    expect(Math.hypot(a, b)).toBeLessThan(0.05);
    const red = toLab('#FF0000');
    [53.24, 80.09, 67.2].forEach((value, i) => {
      expect(red[i]).toBeCloseTo(value, 1);
    });
  });
});

describe('findClosestPair', () => {
  it('names the two colours that look most alike, and how far apart they are', () => {
    const closest = findClosestPair(['#000000', '#FFFFFF', '#0A0A0A', '#FF0000'], 'normal');
    expect(closest).toEqual({
      a: '#000000',
      b: '#0A0A0A',
      distance: deltaE2000(toLab('#000000'), toLab('#0A0A0A')),
    });
  });

  it('needs at least two colours', () => {
    expect(() => findClosestPair(['#000000'], 'protanopia')).toThrow('at least two colours');
  });
});
