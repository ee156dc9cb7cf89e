/**
 * Colour-vision arithmetic for tests: how far apart two colours look, to normal vision and to the
 * three kinds of dichromacy, and how well one stands out against another.
 *
 * - Colour-vision deficiency: the matrices of Machado, Oliveira & Fernandes, "A Physiologically-
 *   based Model for Simulation of Color Vision Deficiency" (IEEE TVCG, 2009), at severity 1.0,
 *   applied to linear RGB, the result clamped to [0, 1].
 * - Colour space: sRGB (IEC 61966-2-1) with its D65 white, to CIE XYZ, to CIE L*a*b*.
 * - Colour difference: CIEDE2000, as written by Sharma, Wu & Dalal, "The CIEDE2000 Color-
 *   Difference Formula: Implementation Notes, Supplementary Test Data, and Mathematical
 *   Observations" (Color Research & Application, 2005).
 * - Contrast: WCAG 2.x relative luminance and contrast ratio. WCAG's linearisation threshold
 *   (0.03928) and sRGB's (0.04045) give the same result for every 8-bit channel value.
 */

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';
export type Vision = Deficiency | 'normal';

/** Red, green and blue, each in [0, 1]. */
export type Rgb = readonly [r: number, g: number, b: number];
/** CIE L*a*b*: lightness in [0, 100], then the green–red and blue–yellow axes. */
export type Lab = readonly [l: number, a: number, b: number];
type Matrix = readonly [Rgb, Rgb, Rgb];

export interface ClosestPair {
  readonly a: string;
  readonly b: string;
  /** Their CIEDE2000 difference. */
  readonly distance: number;
}

/** Machado et al. (2009), severity 1.0; each row sums to 1, so greys stay grey. */
const simulationMatrices: Record<Vision, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** Linear sRGB to CIE XYZ, D65 white (IEC 61966-2-1). */
const rgbToXyz: Matrix = [
  [0.4124, 0.3576, 0.1805],
  [0.2126, 0.7152, 0.0722],
  [0.0193, 0.1192, 0.9505],
];
const d65White = [0.95047, 1, 1.08883] as const;

function applyMatrix(m: Matrix, [x, y, z]: Rgb): Rgb {
  const row = ([p, q, r]: Rgb) => p * x + q * y + r * z;
  return [row(m[0]), row(m[1]), row(m[2])];
}

/** '#rrggbb' (or 'rrggbb') to gamma-encoded sRGB channels in [0, 1]. */
function parseHex(hex: string): Rgb {
  if (!/^#?[0-9a-f]{6}$/i.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255];
}

/** Undoes the sRGB transfer curve. */
function linearizeChannel(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

/** The colour as someone with `vision` would see it, in linear RGB. */
export function simulateDeficiency(hex: string, vision: Vision): Rgb {
  const [r, g, b] = parseHex(hex);
  const linear: Rgb = [linearizeChannel(r), linearizeChannel(g), linearizeChannel(b)];
  const [sr, sg, sb] = applyMatrix(simulationMatrices[vision], linear);
  return [clamp01(sr), clamp01(sg), clamp01(sb)];
}

/** The colour in CIE L*a*b* (D65), as someone with `vision` would see it. */
export function toLab(hex: string, vision: Vision = 'normal'): Lab {
  const [x, y, z] = applyMatrix(rgbToXyz, simulateDeficiency(hex, vision));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [fx, fy, fz] = [f(x / d65White[0]), f(y / d65White[1]), f(z / d65White[2])];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
/** Hue angle in degrees, in [0, 360). */
const measureHue = (b: number, a: number) => ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
/** The chroma weighting (C^7 / (C^7 + 25^7))^½ shared by G and R_C. */
const weighChroma = (c: number) => Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7));

/** The CIEDE2000 colour difference (Sharma, Wu & Dalal, 2005), with kL = kC = kH = 1. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - weighChroma(meanC));
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2];
  const [c1p, c2p] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const [h1p, h2p] = [measureHue(b1, a1p), measureHue(b2, a2p)];
  const achromatic = c1p * c2p === 0;

  const hueGap = h2p - h1p;
  const dhp = achromatic ? 0 : Math.abs(hueGap) <= 180 ? hueGap : hueGap - 360 * Math.sign(hueGap);
  const [dLp, dCp] = [l2 - l1, c2p - c1p];
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(toRadians(dhp / 2));

  const [meanL, meanCp] = [(l1 + l2) / 2, (c1p + c2p) / 2];
  const hueSum = h1p + h2p;
  const meanHp = achromatic
    ? hueSum
    : Math.abs(h1p - h2p) <= 180
      ? hueSum / 2
      : (hueSum + (hueSum < 360 ? 360 : -360)) / 2;

  const t =
    1 -
    0.17 * Math.cos(toRadians(meanHp - 30)) +
    0.24 * Math.cos(toRadians(2 * meanHp)) +
    0.32 * Math.cos(toRadians(3 * meanHp + 6)) -
    0.2 * Math.cos(toRadians(4 * meanHp - 63));
  const dTheta = 30 * Math.exp(-(((meanHp - 275) / 25) ** 2));
  const rT = -Math.sin(toRadians(2 * dTheta)) * 2 * weighChroma(meanCp);
  const sL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sC = 1 + 0.045 * meanCp;
  const sH = 1 + 0.015 * meanCp * t;

  const [termL, termC, termH] = [dLp / sL, dCp / sC, dHp / sH];
  return Math.sqrt(termL ** 2 + termC ** 2 + termH ** 2 + rT * termC * termH);
}

/** WCAG 2.x relative luminance of an sRGB colour. */
function measureLuminance(hex: string): number {
  const [r, g, b] = simulateDeficiency(hex, 'normal');
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG 2.x contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(hexA: string, hexB: string): number {
  const [la, lb] = [measureLuminance(hexA), measureLuminance(hexB)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The two colours that look most alike to `vision`, and their CIEDE2000 difference. */
export function findClosestPair(colors: readonly string[], vision: Vision): ClosestPair {
  const labs = colors.map((hex) => ({ hex, lab: toLab(hex, vision) }));
  const pairs = labs.flatMap((first, i) =>
    labs.slice(i + 1).map((second) => ({
      a: first.hex,
      b: second.hex,
      distance: deltaE2000(first.lab, second.lab),
    })),
  );
  const [closest, ...rest] = pairs;
  if (!closest) throw new Error('findClosestPair needs at least two colours.');
  return rest.reduce((best, pair) => (pair.distance < best.distance ? pair : best), closest);
}
