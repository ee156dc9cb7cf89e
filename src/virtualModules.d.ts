/** Written by scripts/shippedDatasetPlugin.mjs when the app is built (or served by Vite). */
declare module 'virtual:shipped-dataset' {
  export const shippedDataset: {
    /** The default dataset's file name, published at the site's root. */
    readonly fileName: string;
    /** SHA-256 (hex) of its text when it passed validation at build time; else undefined. */
    readonly sha256: string | undefined;
  };
}

/** Written by scripts/interAdvancesPlugin.mjs from the Inter font files the page loads. */
declare module 'virtual:inter-advances' {
  /** Per weight, per code point, the character's advance as a fraction of the font size. */
  export const interAdvances: ReadonlyMap<number, ReadonlyMap<number, number>>;
}

/**
 * Served by scripts/firstScreenFontsPlugin.mjs: Inter's metric-matched stand-ins (@font-face
 * rules) and the --font-inter and --font-inter-fallback custom properties.
 */
declare module 'virtual:inter-fallback.css';
