// How two texts relate, without a full comparison: what the library needs to verify a
// near-duplicate candidate (issue 12, item 3). A MinHash candidate shares content words; that
// is also true of an independent report of the same event (the same names, the same quoted
// statement). So each candidate is checked with the signals compare() itself uses:
// containment both ways (the share of a text's words covered by the other's word 4-grams, the
// derivation's `coverage` signal) and the derivation label both ways (derivation.ts, on the writer's own wording,
// quotes, names and numbers left out). No alignment, word diff or attribution pairing: a
// profile costs about 3 ms for a 600-word article, a pair under 1 ms.

import { findCredits } from '../../sources/attributions.js';
import { AGENCY } from '../../sources/attribution-patterns.js';
import { prepare, type Prepared } from '../../text/prepare.js';
import type { Derivation, VersionInput } from '../../types.js';
import { derivationOf } from './derivation.js';
import { FINGERPRINT, fingerprintOf, type Fingerprint } from './fingerprint.js';
import { baseGrams, signalsOf, type BaseGrams } from './signals.js';

/** One text ready to be related to others: prepared once, whatever the number of pairs. */
export interface TextProfile {
  prepared: Prepared;
  fp: Fingerprint;
  /** Base-side tables, built when the profile is first used as a base. */
  base: BaseGrams | null;
}

/** How text B relates to text A. */
export interface TextRelation {
  /** Share of A's words covered by word 4-grams of B (0..1): how much of A is in B. */
  aInB: number;
  /** Share of B's words covered by word 4-grams of A (0..1). */
  bInA: number;
  /** B measured as a version of base A. */
  bFromA: Derivation;
  /** A measured as a version of base B. */
  aFromB: Derivation;
}

/** compare()'s default folds: case kept, US/UK spelling folded. */
const FOLD = { ignoreCase: false, foldSpelling: true } as const;

/**
 * The profile of a text. `keyCache` (token → matching key) may be shared by the profiles of
 * one task, as compare() shares it between the versions of one call.
 */
export function profileOf(
  input: VersionInput,
  keyCache: Map<string, string> = new Map(),
): TextProfile {
  const prepared = prepare(input, FOLD, keyCache);
  const fp = fingerprintOf(prepared);
  return { prepared, fp, base: null };
}

/** The derivation of `version` against `base` (label, score and signals, as in compare()). */
export function derivationFrom(base: TextProfile, version: TextProfile): Derivation {
  base.base ??= baseGrams(base.fp);
  return derivationOf(signalsOf(base.base, version.fp), FINGERPRINT.own);
}

/** How B relates to A: containment and derivation, both ways. */
export function relateProfiles(a: TextProfile, b: TextProfile): TextRelation {
  const bFromA = derivationFrom(a, b);
  const aFromB = derivationFrom(b, a);
  // containment is the derivation's `coverage` signal: the words of one text covered by the
  // other's 4-grams (what the review and a story's overview show as well)
  return {
    aInB: aFromB.signals?.coverage ?? 0,
    bInA: bFromA.signals?.coverage ?? 0,
    bFromA,
    aFromB,
  };
}

const AGENCY_NAME = new RegExp(`\\b${AGENCY}\\b`, 'u');

/** Short forms of the agencies' long names, so "AP" and "The Associated Press" are one credit. */
const AGENCY_SHORT: Readonly<Record<string, string>> = {
  'The Associated Press': 'AP',
  'Associated Press': 'AP',
  'Agence France-Presse': 'AFP',
  DPA: 'dpa',
  'Press Association': 'PA Media',
};

/** The end of the line that holds offset `at`. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
}

/**
 * The news agencies a text credits for its copy: in a dateline ("SEATTLE (AP) —"), a byline
 * ("By Jane Doe, Associated Press") or an end credit ("The Associated Press contributed to this
 * report."); photo credits are left out, since an agency picture says nothing about the words.
 * The strongest single signal of wire copy (Media Cloud's experience, issue 12). Sorted.
 */
export function agencyCredits(p: TextProfile): string[] {
  const out = new Set<string>();
  for (const a of findCredits(p.prepared)) {
    if (a.kind !== 'dateline' && a.kind !== 'credit' && a.kind !== 'byline') continue;
    if (/photo|getty|images/i.test(a.text)) continue;
    // a byline names the agency after the writer, on the same line: "By Ann Lee, Reuters"
    const text = p.prepared.input.text;
    const line = a.kind === 'byline' ? text.slice(a.start, lineEnd(text, a.end)) : a.text;
    const m = AGENCY_NAME.exec(a.credit ?? line);
    if (m) out.add(AGENCY_SHORT[m[0]] ?? m[0]);
  }
  return [...out].sort();
}
