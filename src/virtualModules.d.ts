/** Written by scripts/shippedDatasetPlugin.ts when the app is built (or served by Vite). */
declare module 'virtual:shipped-dataset' {
  export const shippedDataset: {
    /** The default dataset's file name, published at the site's root. */
    readonly fileName: string;
    /** SHA-256 (hex) of its text when it passed validation at build time; else undefined. */
    readonly sha256: string | undefined;
  };
}
