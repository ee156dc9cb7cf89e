import type { DeckWriter } from './deckInput';

/** What the app knows of a file format a briefing can be downloaded as: one entry per format. */
export interface DeckFormatEntry {
  /** In the briefing's download choices: "PowerPoint (PPTX)". */
  readonly label: string;
  readonly mimeType: string;
  /** The file name's extension, without the dot. */
  readonly extension: string;
  /**
   * The format's writer, loaded on demand: its libraries (pptxgenjs; jsPDF, svg2pdf.js and the
   * Inter font files) are fetched when a person first downloads a deck, never at start.
   */
  readonly load: () => Promise<DeckWriter>;
}

export const deckFormatIds = ['pptx', 'pdf'] as const;
export type DeckFormat = (typeof deckFormatIds)[number];

/**
 * Every deck format: the one table the briefing's download control and the CLI read. A new format
 * is an entry here and its writer beside this file.
 */
export const deckFormats: Readonly<Record<DeckFormat, DeckFormatEntry>> = {
  pptx: {
    label: 'PowerPoint (PPTX)',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extension: 'pptx',
    load: async () => (await import('./writePptx')).writePptx,
  },
  pdf: {
    label: 'PDF',
    mimeType: 'application/pdf',
    extension: 'pdf',
    load: async () => (await import('./writePdf')).writePdf,
  },
};
