/** SHA-256 of `text` as UTF-8, in hex. Needs Web Crypto (a secure context: https or localhost). */
export async function digestSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
