import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

// Downloaded decks opened the way a person's tools open them: LibreOffice converts a PPTX to PDF
// (PowerPoint's stand-in), Poppler reads a PDF's text and fonts and draws its pages, qpdf checks
// its structure. `npm run test:e2e` installs them where it can (scripts/ensureOfficeTools.mjs);
// a test skips, saying why, where they are missing: test.skip(missing.length > 0, missing.join(' ')).

const run = promisify(execFile);

const readers = [
  ['soffice', 'LibreOffice (soffice) is missing, so a PPTX cannot be opened and converted.'],
  ['pdftotext', "Poppler's pdftotext is missing, so a PDF's text cannot be read."],
  ['pdffonts', "Poppler's pdffonts is missing, so a PDF's fonts cannot be listed."],
  ['pdftoppm', "Poppler's pdftoppm is missing, so a PDF's pages cannot be drawn."],
  ['qpdf', 'qpdf is missing, so a PDF cannot be checked or counted.'],
] as const;

/** One plain sentence per reader that is not installed; none when all are. */
export function findMissingReaders(): string[] {
  const path = (process.env.PATH ?? '').split(':').filter(Boolean);
  const missing: string[] = readers
    .filter(([tool]) => !path.some((dir) => existsSync(join(dir, tool))))
    .map(([, sentence]) => sentence);
  if (missing.length > 0) missing.push('Run `node scripts/ensureOfficeTools.mjs` to install them.');
  return missing;
}

/** A fresh folder for one reader's output, so that parallel tests never share files. */
function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'crosscheck-deck-'));
}

/**
 * The PPTX converted to PDF by LibreOffice, as PowerPoint would print it; resolves to the PDF's
 * path. Each call has a profile of its own: two LibreOffice instances on one profile clash.
 */
export async function convertPptxToPdf(file: string): Promise<string> {
  const dir = makeTempDir();
  const profile = `file://${join(dir, 'profile')}`;
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { timeout: 180_000 },
  );
  const pdf = join(dir, `${basename(file).replace(/\.[^.]+$/, '')}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}

/** The PDF's text as pdftotext lays it out (-layout); pages from `first` to `last`, from 1. */
export async function readPdfText(file: string, first?: number, last?: number): Promise<string> {
  const pages = [
    ...(first === undefined ? [] : ['-f', String(first)]),
    ...(last === undefined ? [] : ['-l', String(last)]),
  ];
  const { stdout } = await run('pdftotext', ['-layout', ...pages, file, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

export interface PdfFont {
  /** "INTERA+Inter-Regular": a subset's name starts with a six-letter tag. */
  readonly name: string;
  /** "CID TrueType", "Type 1", ... */
  readonly type: string;
  readonly encoding: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  /** Has a ToUnicode map: its text can be copied and searched. */
  readonly unicode: boolean;
}

/** The fonts pdffonts lists, one per font object. */
export async function listPdfFonts(file: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [file]);
  const [, rule, ...rows] = stdout.split('\n');
  // Columns as wide as the rule's dashes under the header; names may contain spaces.
  const columns: [number, number][] = [];
  for (const match of (rule ?? '').matchAll(/-+/g)) {
    columns.push([match.index, match.index + match[0].length]);
  }
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => {
      const [name = '', type = '', encoding = '', emb, sub, uni] = columns.map(([from, to]) =>
        row.slice(from, to + 1).trim(),
      );
      return {
        name,
        type,
        encoding,
        embedded: emb === 'yes',
        subset: sub === 'yes',
        unicode: uni === 'yes',
      };
    });
}

/** qpdf's check: `ok` with no errors or warnings, and what qpdf said. */
export async function checkPdf(file: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run('qpdf', ['--check', file]);
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    // Exit 2 (errors) and 3 (warnings) reject; their output says what is wrong.
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

export async function countPdfPages(file: string): Promise<number> {
  const { stdout } = await run('qpdf', ['--show-npages', file]);
  return Number(stdout.trim());
}

/** The links of each page (from 1), as qpdf reads the annotations: what a click opens. */
export async function listPdfLinks(file: string): Promise<string[][]> {
  const { stdout } = await run('qpdf', ['--json=2', '--json-key=pages', '--json-key=qpdf', file], {
    maxBuffer: 256 * 1024 * 1024,
  });
  // qpdf 11.3 writes reals such as "540." that JSON does not allow.
  const json = JSON.parse(stdout.replace(/(\d)\.(?=[\s,\]}])/g, '$1.0')) as QpdfJson;
  const objects = json.qpdf[1];
  return json.pages.map((page) => {
    const annots = objects[`obj:${page.object}`]?.value['/Annots'];
    const list: unknown[] = Array.isArray(annots) ? annots : [];
    return list.flatMap((annot) => {
      // An annotation is written inline or as an object of its own.
      const dict: unknown = typeof annot === 'string' ? objects[`obj:${annot}`]?.value : annot;
      const uri = readUri(dict);
      // qpdf prefixes text strings with u: (Unicode) or b: (bytes).
      return uri === undefined ? [] : [uri.replace(/^[ub]:/, '')];
    });
  });
}

/** The URI a link annotation's action opens, if it is one. */
function readUri(annot: unknown): string | undefined {
  if (typeof annot !== 'object' || annot === null || !('/A' in annot)) return undefined;
  const action = annot['/A'];
  if (typeof action !== 'object' || action === null || !('/URI' in action)) return undefined;
  return typeof action['/URI'] === 'string' ? action['/URI'] : undefined;
}

interface QpdfJson {
  readonly pages: readonly { readonly object: string }[];
  readonly qpdf: [unknown, Record<string, { value: Record<string, unknown> } | undefined>];
}

/** Draws one page (from 1) with pdftoppm; resolves to the PNG's path, to look at or compare. */
export async function renderPdfPage(file: string, page: number, dpi = 72): Promise<string> {
  const prefix = join(makeTempDir(), `page-${page}`);
  const range = ['-f', String(page), '-l', String(page)];
  await run('pdftoppm', [...range, '-r', String(dpi), '-png', '-singlefile', file, prefix]);
  return `${prefix}.png`;
}

/**
 * How much is drawn on a page (from 1): the share of its pixels that are not white, and how
 * many colours it has. A blank page, or one whose picture failed, has next to none of either;
 * a chart has thousands of colours (its text is anti-aliased). Drawn at 36 dpi as a PPM, an
 * image format simple enough to read here.
 */
export async function measurePdfPageInk(
  file: string,
  page: number,
): Promise<{ inked: number; colours: number }> {
  const prefix = join(makeTempDir(), `ink-${page}`);
  const range = ['-f', String(page), '-l', String(page)];
  await run('pdftoppm', [...range, '-r', '36', '-singlefile', file, prefix]);
  const ppm = readFileSync(`${prefix}.ppm`);
  // "P6\n<width> <height>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no 8-bit PPM');
  const [head = '', width = '0', height = '0'] = header;
  const pixels = ppm.subarray(head.length);
  const count = Number(width) * Number(height);
  const colours = new Set<number>();
  let inked = 0;
  for (let i = 0; i < count * 3; i += 3) {
    const [r = 255, g = 255, b = 255] = pixels.subarray(i, i + 3);
    colours.add((r << 16) | (g << 8) | b);
    if (r < 240 || g < 240 || b < 240) inked += 1;
  }
  return { inked: inked / count, colours: colours.size };
}
