// MinHash signatures and LSH bands: a fixed-size sketch of a text's wording, so the library
// can find the articles that share much of it without comparing every pair (Broder, "On the
// resemblance and containment of documents", 1997; Leskovec, Rajaraman and Ullman, "Mining of
// Massive Datasets", ch. 3). The sketch only proposes candidates; whether a candidate is a
// copy is decided by containment and the engine's derivation (signals.ts, derivation.ts).
//
// (1) Words: one pass over the text, lower-cased, apostrophes and soft hyphens dropped inside
//     words ("don’t" = "don't" = "dont") and separators dropped inside figures ("6,800" =
//     "6800"), each word hashed as it is read. This is the typography and case fold of
//     engine/text/normalize.ts without building a token table or a string per word: it runs
//     on every import (issue 12 asks 1,000 articles a second), where tokenTable plus keys
//     alone cost more than the whole sketch.
// (2) Shingles: pairs of consecutive content words, the engine's STOPWORDS left out. On the
//     real-copy development set (bench/devset) they give the heavy rewrites a higher Jaccard
//     than word 3-grams (the lowest derived pairs 0.08–0.11 against 0.05–0.07) while articles
//     on other stories stay near zero (99th percentile 0.01): function words are what
//     unrelated texts share.
// (3) Signature: the minimum of each of MINHASH.permutations hash functions over the shingle
//     hashes. Two texts agree on one minimum with probability equal to their Jaccard, so the
//     share of agreeing minima estimates it with standard error sqrt(J(1 − J)/k) ≤ 0.044.
// (4) Bands: the signature cut into bands of MINHASH.rows minima; two texts that agree on a
//     whole band become candidates. No clock, no randomness: the seeds are constants.

import { STOPWORDS } from '../../text/stopwords.js';
import { sharedCount } from '../../sorted.js';

/** Sketch parameters (changing any of them changes every stored signature: see `scheme`). */
export const MINHASH = {
  /**
   * Bump whenever a parameter or the hashing changes, with a migration that calls
   * refreshSignatures (db/minhash.ts): signatures of another scheme count as missing.
   */
  scheme: 1,
  /** Content words per shingle (see the header, point 2). */
  shingle: 2,
  /** Hash functions: 128 keep the estimate's standard error under 0.045 at any Jaccard. */
  permutations: 128,
  /**
   * LSH bands × rows ≤ permutations. Two texts with Jaccard J become candidates with
   * probability 1 − (1 − J^rows)^bands: with 64 bands of 2 rows that is 0.47 at J = 0.1,
   * 0.88 at 0.2, 0.996 at 0.3 and 0.006 at J = 0.01 (the 99th percentile of unrelated
   * articles). The curve's midpoint (1/bands)^(1/rows) = 0.125 sits below the devset's
   * trimmed and rewritten copies (Jaccard 0.08–0.35 against the original: a copy cut to a
   * third has at most 0.33), which a containment threshold would want; 3 rows would move it
   * to 0.25 and lose most of them. Candidates are cheap to drop: their Jaccard is estimated
   * from the signatures before any text is read.
   */
  bands: 64,
  rows: 2,
  /** Seed of the constants the hash functions are drawn from (any fixed value). */
  seed: 0x9e3779b9,
} as const;

/** A text's sketch: its signature and how many distinct shingles it has. */
export interface MinHash {
  /** The minimum of each hash function over the shingles; all 0xffffffff when there are none. */
  signature: Uint32Array;
  /** Number of distinct shingles (for containment estimates). */
  shingles: number;
}

/** splitmix32-style mixer: a bijection on 32 bits with good avalanche. */
function mix(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Per-function seeds, drawn from a fixed sequence (deterministic, no Math.random). */
const SEEDS: Uint32Array = (() => {
  const out = new Uint32Array(MINHASH.permutations);
  let s = MINHASH.seed;
  for (let i = 0; i < out.length; i += 1) {
    s = (s + 0x6d2b79f5) >>> 0;
    out[i] = mix(s);
  }
  return out;
})();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of a string's UTF-16 code units, as the scanner hashes words. */
function hashWord(w: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < w.length; i += 1) h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** The stopwords as the scanner sees them (apostrophes dropped), hashed. */
const STOP_HASHES: ReadonlySet<number> = new Set(
  [...STOPWORDS].map((w) => hashWord(w.replace(/['’]/g, ''))),
);

/** Code units dropped inside a word: apostrophes, soft hyphen, zero-width characters. */
function isSilent(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0xad || (c >= 0x200b && c <= 0x200d);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const lowerCache = new Map<number, number>();

/** The lower-case code unit of a word character, or -1 for a separator (non-ASCII cached). */
function wordUnit(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return c;
    if (c >= 65 && c <= 90) return c + 32;
    if (c >= 48 && c <= 57) return c;
    return -1;
  }
  let out = lowerCache.get(c);
  if (out === undefined) {
    const ch = String.fromCharCode(c);
    // surrogate halves pass as word characters: an astral letter is rarely a separator
    const word = (c >= 0xd800 && c <= 0xdfff) || LETTER_OR_DIGIT.test(ch);
    out = word ? ch.toLowerCase().charCodeAt(0) : -1;
    if (lowerCache.size < 4096) lowerCache.set(c, out);
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Hashes of the text's content words, in order (see the header, point 1). */
export function contentWordHashes(text: string): Uint32Array {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let len = 0;
  const end = (): void => {
    if (len > 0) {
      const w = h >>> 0;
      if (!STOP_HASHES.has(w)) out.push(w);
    }
    h = FNV_OFFSET;
    len = 0;
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const u = wordUnit(c);
    if (u >= 0) {
      h = Math.imul(h ^ u, FNV_PRIME);
      len += 1;
    } else if (len > 0 && isSilent(c)) continue;
    else if ((c === 44 || c === 46) && isDigit(text.charCodeAt(i - 1))) {
      // "6,800" and "3.5" are one figure; a comma or full stop that ends a figure still ends it
      if (!isDigit(text.charCodeAt(i + 1))) end();
    } else end();
  }
  end();
  return Uint32Array.from(out);
}

/** Distinct shingle hashes of a text (pairs of consecutive content words), sorted. */
export function shingleHashes(text: string): Uint32Array {
  const words = contentWordHashes(text);
  const k = MINHASH.shingle;
  const n = Math.max(0, words.length - k + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    let h: number = k;
    for (let j = i; j < i + k; j += 1) h = mix((h ^ (words[j] ?? 0)) >>> 0);
    out[i] = h;
  }
  out.sort();
  let m = 0;
  for (let i = 0; i < n; i += 1) if (i === 0 || out[i] !== out[m - 1]) out[m++] = out[i] ?? 0;
  return out.slice(0, m);
}

/** The MinHash signature of a set of shingle hashes. */
export function signatureOfShingles(shingles: Uint32Array): MinHash {
  const sig = new Uint32Array(MINHASH.permutations).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s += 1) {
    const x = shingles[s] ?? 0;
    for (let i = 0; i < sig.length; i += 1) {
      const v = mix((x ^ (SEEDS[i] ?? 0)) >>> 0);
      if (v < (sig[i] ?? 0)) sig[i] = v;
    }
  }
  return { signature: sig, shingles: shingles.length };
}

/** The MinHash sketch of a text. */
export function minhashOf(text: string): MinHash {
  return signatureOfShingles(shingleHashes(text));
}

/**
 * The LSH key of each band: its MINHASH.rows minima mixed into one 31-bit integer (an
 * accidental clash only adds a candidate, which verification drops). Empty for a text with no
 * shingles, whose signature would put every empty text in one bucket.
 */
export function bandKeys(m: MinHash): Int32Array {
  if (m.shingles === 0) return new Int32Array(0);
  const out = new Int32Array(MINHASH.bands);
  for (let b = 0; b < MINHASH.bands; b += 1) {
    let h = b;
    for (let r = 0; r < MINHASH.rows; r += 1) {
      h = mix((h ^ (m.signature[b * MINHASH.rows + r] ?? 0)) >>> 0);
    }
    out[b] = h >>> 1;
  }
  return out;
}

/** The Jaccard similarity of two texts estimated from their signatures (0..1). */
export function estimateJaccard(a: MinHash, b: MinHash): number {
  if (a.shingles === 0 || b.shingles === 0) return 0;
  let same = 0;
  const n = Math.min(a.signature.length, b.signature.length);
  for (let i = 0; i < n; i += 1) if (a.signature[i] === b.signature[i]) same += 1;
  return n === 0 ? 0 : same / n;
}

/**
 * Containment both ways from a Jaccard estimate and the shingle counts: |A ∩ B| =
 * J (|A| + |B|) / (1 + J). `[aInB, bInA]`: the share of A's shingles found in B, and of B's in A.
 */
export function estimateContainment(a: MinHash, b: MinHash): [number, number] {
  const j = estimateJaccard(a, b);
  const common = (j * (a.shingles + b.shingles)) / (1 + j);
  const share = (n: number) => (n === 0 ? 0 : Math.min(1, common / n));
  return [share(a.shingles), share(b.shingles)];
}

/** The exact Jaccard similarity of two sorted distinct hash arrays (for tests and checks). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const common = sharedCount(a, b);
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/** A signature as bytes (little-endian), for storage. */
export function signatureBytes(m: MinHash): Uint8Array {
  const out = new Uint8Array(m.signature.length * 4);
  const view = new DataView(out.buffer);
  m.signature.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

/** A stored signature read back. */
export function signatureFromBytes(bytes: Uint8Array, shingles: number): MinHash {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < sig.length; i += 1) sig[i] = view.getUint32(i * 4, true);
  return { signature: sig, shingles };
}
