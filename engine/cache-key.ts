// The canonical text of a comparison's cache key: everything a result depends on (engine
// version, base, options, and the versions by content hash, sorted so their order does not
// matter; the published date is in because the automatic base choice may use it). The renderer
// and the backend hash this same text (WebCrypto and node:crypto), so each finds the other's
// cache entries.
import { ENGINE_VERSION } from './compare.js';
import type { CompareOptions } from './types.js';

/** What a comparison depends on. */
export interface CacheKeyParts {
  versions: { hash: string; published: string | null }[];
  baseHash: string | null;
  options: Omit<CompareOptions, 'base'>;
}

/** The canonical JSON to hash for a comparison's cache key. */
export function cacheKeyText(parts: CacheKeyParts): string {
  return JSON.stringify({
    engine: ENGINE_VERSION,
    base: parts.baseHash,
    options: parts.options,
    versions: [...parts.versions].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)),
  });
}
