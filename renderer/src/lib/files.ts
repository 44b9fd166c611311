// Reading files chosen in the browser (input or drop) into the base64 form the contract takes.

/** The backend refuses articles above this; we refuse them before uploading anything. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Extensions and types the file picker offers. Other files can still be dropped. */
export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,text/plain,text/html';

/** Base64 of some bytes, in chunks so large files do not overflow the argument stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** A file's bytes as base64. */
export async function fileToBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Approximate decoded size of a base64 payload. */
export function base64Size(dataBase64: string): number {
  return Math.floor((dataBase64.length * 3) / 4);
}

/** The first few KB of a text file, decoded leniently (to suggest a story title). */
export async function peekText(file: File): Promise<string> {
  if (!/\.(txt|md|markdown)$/i.test(file.name) && file.type !== 'text/plain') return '';
  const head = await file.slice(0, 4096).arrayBuffer();
  return new TextDecoder('utf-8', { fatal: false }).decode(head);
}
