import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import semiBoldUrl from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import type { FontSpec } from '../../lib/measureText';

/** One weight of Inter as a TrueType file, which jsPDF can embed (it takes no WOFF). */
export interface InterFont {
  readonly weight: FontSpec['weight'];
  readonly data: Uint8Array;
}

/**
 * The weights the charts use (400, 600, 700), as TrueType: Google Fonts' static Inter 4.001, the
 * build @fontsource/inter's WOFF2 files (which the SVGs embed) are cut from, with the same advance
 * widths, and with every character Inter has, arrows and ≤ ≥ included (the latin subsets lack
 * them). About 340 kB each, shipped as files of their own and fetched from the app's origin only
 * when a PDF is written.
 */
export function fetchInterFonts(): Promise<InterFont[]> {
  const files = [
    { weight: 400, url: regularUrl },
    { weight: 600, url: semiBoldUrl },
    { weight: 700, url: boldUrl },
  ] as const;
  // Once per page: a second deck reuses them; a failed fetch is tried again next time.
  cached ??= Promise.all(
    files.map(async ({ weight, url }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Could not load the font ${url} (${response.status})`);
      return { weight, data: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
  cached.catch(() => (cached = undefined));
  return cached;
}

let cached: Promise<InterFont[]> | undefined;
