// Verifying near-duplicate candidates with the engine (engine/relations/derivation/relate.ts): a
// candidate is a copy when either text is derived from the other by the engine's METER-style
// derivation (label `wholly` or `partially`), which measures the writer's own wording, quotes,
// names and numbers left out. An independent report of the same event shares those and
// little else, so it stays apart even when it shares the quoted statement word for word.
import type { Library, VersionRow } from '../../db';
import {
  profileOf,
  relateProfiles,
  type TextProfile,
  type TextRelation,
} from '../../engine/relations/derivation/relate';
import type { Derivation } from '../../engine/index';

/** A version with its profile. */
export interface Profiled {
  version: VersionRow;
  profile: TextProfile;
}

/** Profiles of library versions, each computed once; `clear` lets a long task free them. */
export class ProfileCache {
  private readonly cache = new Map<number, Profiled>();
  private keyCache = new Map<string, string>();
  constructor(private readonly lib: Library) {}

  get(id: number): Profiled {
    let p = this.cache.get(id);
    if (!p) {
      const version = this.lib.getVersion(id);
      // as the story page gives versions to compare() (useComparison.ts): no title, so the
      // derivation here is the one the story will show once the copies are in it
      const input = { id: String(id), text: version.text, published: version.published };
      p = { version, profile: profileOf(input, this.keyCache) };
      this.cache.set(id, p);
    }
    return p;
  }

  clear(): void {
    this.cache.clear();
    this.keyCache = new Map();
  }
}

const RANK: Readonly<Record<Derivation['label'], number>> = { none: 0, partially: 1, wholly: 2 };

/** The stronger of two derivation labels. */
export function strongerLabel(x: Derivation['label'], y: Derivation['label']): Derivation['label'] {
  return RANK[x] >= RANK[y] ? x : y;
}

/** True when a relation says one text is derived from the other. */
export function isCopy(r: TextRelation): boolean {
  return r.bFromA.label !== 'none' || r.aFromB.label !== 'none';
}

/** How version `b` relates to version `a`. */
export function relateVersions(profiles: ProfileCache, a: number, b: number): TextRelation {
  return relateProfiles(profiles.get(a).profile, profiles.get(b).profile);
}
