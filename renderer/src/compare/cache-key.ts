// The comparison cache key: SHA-256 of everything the result depends on. Versions are keyed
// by content hash (not library id), so the same texts compared twice share one entry even in
// another story, and editing a version's metadata does not stale it; the published date is in
// the key because the automatic base choice may use it.
import { cacheKeyText, type CacheKeyParts } from '../../../engine';

/** What a comparison depends on. */
export type KeyParts = CacheKeyParts;

/** The hex SHA-256 cache key, or null where WebCrypto is unavailable (then nothing is cached). */
export async function cacheKey(parts: KeyParts): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(cacheKeyText(parts)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
