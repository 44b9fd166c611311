// Correspondences (issue 13): body paragraphs of the base and of a version that report the
// same facts in their own words. Links (engine/alignment) pair reused wording; two independent
// reports of one event share none, yet "Amazon and Google are specifically accused of
// providing services to blacklisted companies, Dahua Technology and Hikvision" and "Reports
// are now saying that Amazon and Google are responsible for providing web services to
// US-blacklisted companies Dahua Technology and Hikvision" plainly tell the same thing.
//
// Only paragraphs that no link holds take part (every paragraph of most independent pairs,
// the leftovers of a derived one), so correspondences never touch links, stats or the
// derivation label. How it works:
//   1. Each body paragraph of both texts becomes a set of items (correspondence-items.ts):
//      entities, numbers and dates, content words after WordNet synonym folding, plus the
//      speakers its attributions and quotations name and the quotations the pair shares.
//   2. An item weighs its kind's weight times its IDF over the paragraphs of both texts, so
//      a name every paragraph repeats ("Top10VPN") counts little and a name two paragraphs
//      share ("Dahua") much.
//   3. A candidate pair scores the cosine of its two weighted item sets; it is kept when the
//      score reaches CORRESPONDENCE.threshold, it shares at least `minShared` items and at
//      least one of them is a fact (an entity, number, speaker or quotation), not a word only.
//   4. One-to-one-ish (see oneToOneish): pairs taken greedily by score, each paragraph once;
//      then a paragraph left alone may join its best candidate, so one paragraph may answer
//      two of the other text (the other writer split it) but never a tail of look-alikes.

import type { Prepared } from '../../text/prepare.js';
import type { Correspondence, CorrespondenceEvidence, Pair } from '../../types.js';
import { memoOf, type Items } from './correspondence-items.js';
import { midSentenceNames, sharedBlockItems } from './correspondence-blocks.js';
import { furniture, pairItems } from './correspondence-pair.js';
import { evidenceOf } from './correspondence-evidence.js';
import { pairSources } from '../../sources/pair-sources.js';
import { pairFacts } from '../facts/pair-facts.js';
import {
  CORRESPONDENCE,
  candidates,
  mayShare,
  oneToOneish,
  weigh,
  type Cand,
} from './correspondence-score.js';

export { CORRESPONDENCE };

/** The result of findCorrespondences: the pairs, and whether a limit left paragraphs out. */
export interface CorrespondenceResult {
  correspondences: Correspondence[];
  limited: boolean;
}

const isBody = (p: Prepared) => (b: number) => p.blocks[b]?.kind === 'body';

/** Body blocks of `p` (the caller reads at most CORRESPONDENCE.maxParagraphs of them). */
function bodyBlocks(p: Prepared): number[] {
  const out: number[] = [];
  p.blocks.forEach((b, i) => {
    if (b.kind === 'body') out.push(i);
  });
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Distinct facts of an evidence: names (a full name once), numbers, quotations, speakers. */
function facts(e: CorrespondenceEvidence): number {
  // a speaker who is also among the shared names ("Hochul" and "Gov. Kathy Hochul") is one fact
  const named = new Set(e.entities.join(' ').toLowerCase().split(/\s+/));
  const speakers = e.speakers.filter(
    (s) =>
      !s
        .toLowerCase()
        .split(/\s+/)
        .some((w) => named.has(w)),
  );
  return e.entities.length + e.numbers.length + e.quotes.length + speakers.length;
}

/**
 * The correspondences of a pair already compared (`pair` as comparePair made it): body
 * paragraphs left in `droppedBlocks` and `addedBlocks` that share facts (see the module
 * comment). Pure and deterministic; reads only the texts and the pair's own findings.
 */
export function findCorrespondences(
  base: Prepared,
  ver: Prepared,
  pair: Pair,
): CorrespondenceResult {
  const none: CorrespondenceResult = { correspondences: [], limited: false };
  const baseFree = pair.droppedBlocks.filter(isBody(base));
  const verFree = pair.addedBlocks.filter(isBody(ver));
  if (baseFree.length === 0 || verFree.length === 0) return none;
  const max = CORRESPONDENCE.maxParagraphs;
  const [baseBody, verBody] = [bodyBlocks(base), bodyBlocks(ver)];
  const limited = baseBody.length > max || verBody.length > max;
  const [baseNames, verNames] = [midSentenceNames(base), midSentenceNames(ver)];
  const isName = (k: string) => baseNames.has(k) || verNames.has(k);
  const memo = memoOf(base.session);
  const itemsOf = (p: Prepared, blocks: number[], side: 'base' | 'version') => {
    const mask = furniture(pair, side);
    const ctx = { isName, masked: mask.masked, memo };
    const out = new Map<number, Items>();
    for (const b of blocks.slice(0, max)) {
      const blk = p.blocks[b];
      const touched = blk === undefined || mask.touches(blk.start, blk.end);
      out.set(b, sharedBlockItems(p, b, ctx, touched));
    }
    return out;
  };
  const [inBase, inVer] = [new Set(baseFree), new Set(verFree)];
  const freeBase = itemsOf(
    base,
    baseBody.slice(0, max).filter((b) => inBase.has(b)),
    'base',
  );
  const freeVer = itemsOf(
    ver,
    verBody.slice(0, max).filter((v) => inVer.has(v)),
    'version',
  );
  if (freeBase.size * freeVer.size <= CORRESPONDENCE.maxPrecheck) {
    pairItems(base, ver, pair, freeBase, freeVer);
    if (!mayShare(freeBase, freeVer)) return { correspondences: [], limited };
  }
  const baseItems = itemsOf(base, baseBody, 'base');
  const verItems = itemsOf(ver, verBody, 'version');
  pairItems(base, ver, pair, baseItems, verItems);
  const [baseRead, verRead] = [
    baseFree.filter((b) => baseItems.has(b)),
    verFree.filter((v) => verItems.has(v)),
  ];
  const w = weigh(baseItems, verItems, baseRead, verRead);
  const evidence = new Map<Cand, CorrespondenceEvidence>();
  const cands = candidates(w, baseRead, verRead).filter((c) => {
    const [bi, vi] = [baseItems.get(c[0]) ?? new Map(), verItems.get(c[1]) ?? new Map()];
    const e = evidenceOf(base, c[0], bi, vi);
    evidence.set(c, e);
    const n = facts(e);
    return (
      n >= CORRESPONDENCE.minFacts || (n >= 1 && e.words.length >= CORRESPONDENCE.oneFactWords)
    );
  });
  const correspondences = oneToOneish(cands).map((c) => ({
    base: c[0],
    version: c[1],
    score: round(Math.min(1, c[2])),
    evidence: evidence.get(c) as CorrespondenceEvidence,
  }));
  return { correspondences, limited };
}

/**
 * `pair` with its `correspondences`, `sources` and `facts` set (issue 13), placed before `coarse` so
 * the JSON reads in the schema's order; when a limit left paragraphs out, `coarse` says so.
 */
export function withCorrespondences(base: Prepared, ver: Prepared, pair: Pair): Pair {
  const { correspondences, limited } = findCorrespondences(base, ver, pair);
  const { coarse, ...rest } = pair;
  const out: Pair = { ...rest, correspondences, sources: pairSources(pair) };
  out.facts = pairFacts(base, ver, out);
  const reason = limited
    ? `correspondences were looked for in the first ${CORRESPONDENCE.maxParagraphs} body paragraphs only`
    : null;
  if (coarse !== undefined || reason !== null) {
    out.coarse = {
      reason: [coarse?.reason, reason].filter((r) => r).join('; '),
      links: coarse?.links ?? [],
    };
  }
  return out;
}
