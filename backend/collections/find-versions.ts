// "Find other versions of this article" (issue 12, item 3): the library's articles that are
// copies of one version, or that it copies, found in milliseconds. (1) The version's band keys
// are looked up in the near-duplicate index (db/minhash.ts): a few index probes. (2) Each hit's
// stored signature estimates how much wording the two share; hopeless ones are dropped without
// reading a text. (3) The best FIND_VERSIONS.verify are read and verified with the engine
// (verify.ts): containment both ways and the derivation label both ways, so an independent
// report of the same event is not offered as a copy. Versions already in the query's story are
// left out: they are versions of it already.
import type { Library } from '../../db';
import { readSignature, bandCandidates } from '../../db/minhash';
import { minhashOf } from '../../engine/relations/derivation/minhash';
import type { Derivation } from '../../engine/index';
import { CANDIDATES, estimatePair, SignatureCache } from './candidates';
import { isCopy, ProfileCache, relateVersions, strongerLabel } from './verify';

/** Tuning of "Find other versions". */
export const FIND_VERSIONS = {
  /**
   * Candidates read and verified at most, best estimates first: each costs about 4 ms (its text
   * prepared and related both ways), and the target is 50 ms. A story reprinted more
   * widely than this shows its closest copies; grouping (propose.ts) has no such limit.
   */
  verify: 10,
} as const;

/** A copy found, and how it relates to the query. */
export interface FoundVersion {
  versionId: number;
  storyId: number;
  storyTitle: string;
  /** Number of versions in its story (1: an unsorted article). */
  storyVersions: number;
  outlet: string | null;
  title: string | null;
  published: string | null;
  /** Share of the candidate's wording found in the query (0..1). */
  inQuery: number;
  /** Share of the query's wording found in the candidate (0..1). */
  queryIn: number;
  /** The stronger of the two derivation labels: `wholly` or `partially`. */
  derivation: Exclude<Derivation['label'], 'none'>;
  /** Which way the derivation runs (the stronger one; `both` when equal). */
  direction: 'copies-query' | 'copied-by-query' | 'both';
  score: number;
}

/** What a search found and how much it looked at. */
export interface FindResult {
  versions: FoundVersion[];
  /** Versions sharing a band with the query (outside its story). */
  candidates: number;
  /** Of those, how many were read and verified. */
  verified: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Copies of version `id` (or versions it copies) elsewhere in the library, best first. */
export function findOtherVersions(lib: Library, id: number): FindResult {
  const query = lib.getVersionSummary(id);
  const sigs = new SignatureCache(lib);
  const sig = readSignature(lib.db, id) ?? minhashOf(lib.getVersion(id).text);
  const hits = bandCandidates(lib.db, sig, id)
    .map((h) => ({ ...h, summary: lib.getVersionSummary(h.versionId) }))
    .filter((h) => h.summary.storyId !== query.storyId);
  const estimates = hits
    .map((h) => ({ h, e: estimatePair(sigs, id, h.versionId) }))
    .filter(({ e }) => e !== null && Math.max(e.aInB, e.bInA) >= CANDIDATES.minContainment)
    .sort((x, y) => (y.e?.jaccard ?? 0) - (x.e?.jaccard ?? 0) || x.h.versionId - y.h.versionId)
    .slice(0, FIND_VERSIONS.verify);
  const profiles = new ProfileCache(lib);
  const found: FoundVersion[] = [];
  for (const { h } of estimates) {
    const r = relateVersions(profiles, id, h.versionId);
    if (!isCopy(r)) continue;
    const story = lib.getStory(h.summary.storyId);
    const copies = r.bFromA.score;
    const copied = r.aFromB.score;
    found.push({
      versionId: h.versionId,
      storyId: story.id,
      storyTitle: story.title,
      storyVersions: story.versionCount,
      outlet: h.summary.outlet,
      title: h.summary.title,
      published: h.summary.published,
      inQuery: round(r.bInA),
      queryIn: round(r.aInB),
      derivation: strongerLabel(r.bFromA.label, r.aFromB.label) as FoundVersion['derivation'],
      direction: copies === copied ? 'both' : copies > copied ? 'copies-query' : 'copied-by-query',
      score: round(Math.max(copies, copied)),
    });
  }
  found.sort((a, b) => b.score - a.score || a.versionId - b.versionId);
  return { versions: found, candidates: hits.length, verified: estimates.length };
}
