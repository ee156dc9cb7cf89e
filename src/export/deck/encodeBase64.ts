/** Bytes as base64, in the browser and in Node alike (both have btoa). */
export function encodeBase64(bytes: Uint8Array): string {
  return btoa(toBinaryString(bytes));
}

/**
 * Bytes as a "binary string", one character per byte (U+0000-U+00FF): what jsPDF's virtual file
 * system and btoa take. In chunks: String.fromCharCode with a whole picture's bytes as arguments
 * would overflow the call stack.
 */
export function toBinaryString(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return binary;
}
