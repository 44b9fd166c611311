// The comparison cache key: SHA-256 of everything the result depends on. Versions are keyed
// by content hash (not library id), so the same texts compared twice share one entry even in
// another story, and editing a version's metadata does not stale it; the published date is in
// the key because the automatic base choice may use it.
import { ENGINE_VERSION, type CompareOptions } from '../../../engine';

/** What a comparison depends on. */
export interface KeyParts {
  versions: { hash: string; published: string | null }[];
  baseHash: string | null;
  options: Omit<CompareOptions, 'base'>;
}

/** The hex SHA-256 cache key, or null where WebCrypto is unavailable (then nothing is cached). */
export async function cacheKey(parts: KeyParts): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const canonical = JSON.stringify({
    engine: ENGINE_VERSION,
    base: parts.baseHash,
    options: parts.options,
    versions: [...parts.versions].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)),
  });
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
