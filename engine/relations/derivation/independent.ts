// Sentence links between a version and a base it does not derive from. An independent report
// of the same event may restate a fact in the base's words, but a shared quoted statement,
// a shared name list or one restated official line is what any writer would share, not a
// paragraph the version kept. So when the derivation label is `none`, a candidate sentence
// pair becomes a link only if it clears the alignment's strict Dice bar AND its own wording
// (quotes, names, numbers and codes left out, as in fingerprint.ts) is long and copied
// word for word: a sentence copied outright, which an analyst should see even in an unrelated text.

import type { Candidate } from '../../alignment/similarity.js';
import type { Prepared, Sentence } from '../../text/prepare.js';
import { FINGERPRINT, fingerprintOf, NONE, type Fingerprint } from './fingerprint.js';

const OWN_GRAM = FINGERPRINT.own;

/** The strict bar for links in a pair that is not derived. */
export const INDEPENDENT = {
  /** Weighted Dice of all content words (the alignment's own measure). */
  minDice: 0.6,
  /**
   * Share of the version sentence's own words covered by own 4-grams of the base sentence:
   * the wording is copied, not restated. A restated statement keeps the same content words
   * in another order ("the agency said no injuries had been confirmed"), so a bag-of-words
   * measure would pass it; shared 4-grams do not.
   */
  minOwnCovered: 0.8,
  /** Own words the version sentence must have covered: a short stock line is no evidence. */
  minOwnWords: 8,
} as const;

/** Own 4-gram hashes of one sentence (those that start inside it). */
function sentenceGrams(s: Sentence, fp: Fingerprint): Set<number> {
  const out = new Set<number>();
  for (let t = s.t0; t < s.t1; t += 1) {
    const w = fp.wordOfToken[t] ?? -1;
    const h = w < 0 ? NONE : (fp.ownGrams[w] ?? NONE);
    if (h !== NONE) out.add(h);
  }
  return out;
}

/** [covered own words, share covered] of a version sentence by the base sentence's grams. */
function ownCovered(s: Sentence, fp: Fingerprint, base: ReadonlySet<number>): [number, number] {
  const words: number[] = [];
  for (let t = s.t0; t < s.t1; t += 1) {
    const w = fp.wordOfToken[t] ?? -1;
    if (w >= 0 && fp.own[w] === 1) words.push(w);
  }
  const hit = new Set<number>();
  for (const w of words) {
    if (base.has(fp.ownGrams[w] ?? NONE)) for (let k = w; k < w + OWN_GRAM; k += 1) hit.add(k);
  }
  return [hit.size, words.length === 0 ? 0 : hit.size / words.length];
}

/** The candidates that may become links when the version does not derive from the base. */
export function independentCandidates(
  base: Prepared,
  ver: Prepared,
  cands: readonly Candidate[],
): Candidate[] {
  const fb = fingerprintOf(base);
  const fv = fingerprintOf(ver);
  return cands.filter((c) => {
    if (c.dice < INDEPENDENT.minDice) return false;
    const sb = base.sentences[c.b];
    const sv = ver.sentences[c.v];
    if (sb === undefined || sv === undefined) return false;
    const [words, share] = ownCovered(sv, fv, sentenceGrams(sb, fb));
    return words >= INDEPENDENT.minOwnWords && share >= INDEPENDENT.minOwnCovered;
  });
}

/**
 * The sentence edges that may stand when the version does not derive from the base: those
 * between sentence pairs in `allowed`. Alignment passes that look beyond the candidates
 * (filling gaps between anchors, attaching leftovers) must not reopen what the strict bar
 * closed.
 */
export function independentEdges<E extends { b: number; v: number }>(
  edges: readonly E[],
  allowed: readonly Candidate[],
): E[] {
  const ok = new Set(allowed.map((c) => `${c.b}:${c.v}`));
  return edges.filter((e) => ok.has(`${e.b}:${e.v}`));
}
