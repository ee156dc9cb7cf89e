import { crc32, deflateSync } from 'node:zlib';
import type { DeckCitation, DeckInput, DeckPage } from './deckInput';

/**
 * For the deck writers' tests only (it uses Node's zlib): a small briefing of two slides, the
 * second spread over two pages, each page a tiny SVG with text in Inter at the three weights the
 * charts use (bidi isolates and an arrow included, as the charts print them) and a PNG.
 */
export function makeDeckFixture(citations: readonly DeckCitation[] = defaultCitations): DeckInput {
  return {
    title: 'North Korean troops in Kursk: what was claimed',
    datasetTitle: 'North Korean forces in Russia, 2024-2025',
    datasetUpdated: '24 Jan 2025',
    fingerprint: '4185c6e0d7a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071829304a',
    exportedAt: new Date('2026-12-05T10:20:30Z'),
    slides: [
      {
        name: 'Casualties by claimant',
        pages: [makePage('Casualties by claimant', [0x00, 0x72, 0xb2])],
        notes: [
          'Casualties by claimant. View: https://example.org/?view=casualties',
          'South Korea NIS: about 4,700 (30 Apr 2025); KBS World, Newsweek',
        ],
      },
      {
        name: 'Forces deployed',
        pages: [
          makePage('Forces deployed (1 of 2)', [0xd5, 0x5e, 0x00]),
          makePage('Forces deployed (2 of 2)', [0x00, 0x9e, 0x73]),
        ],
        notes: ['Forces deployed. View: https://example.org/?view=forces'],
      },
    ],
    citations,
  };
}

const defaultCitations: readonly DeckCitation[] = [
  {
    outlet: 'Yonhap',
    title: 'N. Korean troops suffer casualties in Kursk',
    date: '13 Jan 2025',
    url: 'https://en.yna.co.kr/view/AEN20250113000351315',
  },
  { outlet: 'KBS World', date: '30 Apr 2025', url: 'https://world.kbs.co.kr/news?id=192' },
  { outlet: 'Newsweek', title: 'Casualties & claims' },
];

function makePage(title: string, rgb: readonly [number, number, number]): DeckPage {
  const svg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="1080" viewBox="0 0 1920 1080" font-family="Inter, &quot;Helvetica Neue&quot;, Arial, sans-serif"><title>${title}</title><desc>A test chart</desc><defs><style>@font-face{font-family:Inter;font-weight:400;src:url(data:font/woff2;base64,AAAA) format("woff2")}</style></defs><rect x="0" y="0" width="1920" height="1080" fill="#ffffff"/><text font-size="52" font-weight="700" fill="#1a1a1a" x="32" y="82">\u2068${title}\u2069</text><text font-size="28" font-weight="400" fill="#3d3d3d" x="32" y="124">Each claimant\u2019s figures, in \u2068people\u2069</text><rect x="32" y="300" width="1200" height="64" fill="rgb(${rgb.join(',')})"/><text font-size="34" font-weight="600" fill="#1a1a1a" x="1888" y="344" text-anchor="end">\u22654,700</text><text font-size="24" font-weight="400" fill="#3d3d3d" x="32" y="1040">South Korea NIS \u2192 KBS World, 13 Jan 2025</text></svg>
`;
  return {
    title,
    svg,
    png: makePng(16, 9, rgb),
    width: 1920,
    height: 1080,
    alt: `${title}. A bar of about 4,700 people for South Korea NIS; >6,000 for "UK" & others.`,
  };
}

/** A PNG of one colour: 8-bit RGB, unfiltered rows. */
export function makePng(width: number, height: number, rgb: readonly number[]): Uint8Array {
  const row = [0, ...Array.from({ length: width }, () => rgb).flat()];
  const pixels = Buffer.from(Array.from({ length: height }, () => row).flat());
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(pixels)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
