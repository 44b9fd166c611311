// compare(): prepares every version once, chooses the base, and compares it with each other
// version. Pure and deterministic: no clock, no randomness, no I/O.

import { chooseBase } from './relations/derivation/base.js';
import { sentenceStarts } from './alignment/classify.js';
import { fingerprintOf } from './relations/derivation/fingerprint.js';
import { baseGrams } from './relations/derivation/signals.js';
import { compareCoarse, totalChars } from './coarse.js';
import { comparePair, type BaseContext } from './pair.js';
import { withCorrespondences } from './relations/correspondence/correspondence.js';
import { sharedEdits } from './relations/copy-chain/shared-edits.js';
import { storyFacts, storySources } from './relations/facts/story-facts.js';
import { copyChain } from './relations/copy-chain/copy-chain.js';
import { prepare, type Prepared } from './text/prepare.js';
import { findCredits } from './sources/attributions.js';
import { extractQuotes } from './sources/quotes.js';
import type {
  CompareLimits,
  CompareOptions,
  Comparison,
  VersionInput,
  VersionOut,
} from './types.js';

/** Version of the comparison rules; stored with results so they can be recomputed later. */
export const ENGINE_VERSION = '2.4.0';

/** Default work limits (see CompareLimits). */
export const DEFAULT_LIMITS: CompareLimits = {
  maxEditLength: 2000,
  maxCandidatesPerSentence: 24,
  maxFullChars: 3_000_000,
};

function firstOfKind(p: Prepared, kind: 'title' | 'byline'): string | null {
  const b = p.blocks.find((x) => x.kind === kind);
  return b === undefined ? null : p.input.text.slice(b.start, b.end);
}

function versionOut(p: Prepared): VersionOut {
  return {
    id: p.input.id,
    ...(p.input.number === undefined ? {} : { number: p.input.number }),
    outlet: p.input.outlet ?? null,
    title: p.input.title ?? firstOfKind(p, 'title'),
    byline: firstOfKind(p, 'byline'),
    published: p.input.published ?? null,
    text: p.input.text,
    blocks: p.blocks,
  };
}

function checkInput(versions: readonly VersionInput[]): void {
  if (!Array.isArray(versions) || versions.length < 2) {
    throw new RangeError('A comparison needs at least two versions.');
  }
  versions.forEach((v, i) => {
    if (typeof v?.text !== 'string' || typeof v.id !== 'string') {
      throw new TypeError(`Version ${i} needs a string id and a string text.`);
    }
    if (v.number !== undefined && !(Number.isInteger(v.number) && v.number >= 1)) {
      throw new TypeError(`Version ${i} has a number that is not a whole number from 1.`);
    }
  });
}

/**
 * Compares the versions of a story: the base (named in `options.base`, or chosen and
 * explained in `baseReason`) against every other version. Returns the retold.comparison/2
 * object; offsets are UTF-16 indexes into each version's `text`, which is kept as given.
 * Throws RangeError/TypeError for fewer than two versions or a base out of range.
 */
export function compare(
  versions: readonly VersionInput[],
  options: CompareOptions = {},
): Comparison {
  checkInput(versions);
  const fold = {
    ignoreCase: options.ignoreCase ?? false,
    foldSpelling: options.foldSpelling ?? true,
  };
  const limits: CompareLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (totalChars(versions) > limits.maxFullChars) {
    return compareCoarse(versions, options.base, limits.maxFullChars, ENGINE_VERSION);
  }
  const keyCache = new Map<string, string>();
  const prepared = versions.map((v) => prepare(v, fold, keyCache));
  const choice = chooseBase(
    options.base,
    versions.map((v) => v.published),
    () => prepared.map(fingerprintOf),
  );
  const base = prepared[choice.base] as Prepared;
  const ctx: BaseContext = {
    base,
    grams: baseGrams(fingerprintOf(base)),
    quotes: extractQuotes(base, options.sources === false ? [] : findCredits(base)),
    starts: sentenceStarts(base),
    limits,
    foldSpelling: fold.foldSpelling,
    sources: options.sources !== false,
  };
  const result: Comparison = {
    format: 'retold.comparison/2',
    engineVersion: ENGINE_VERSION,
    base: choice.base,
    versions: prepared.map(versionOut),
    pairs: prepared.flatMap((p, i) =>
      i === choice.base ? [] : [withCorrespondences(base, p, comparePair(ctx, p, i))],
    ),
  };
  result.sharedEdits = sharedEdits(prepared, result.pairs, choice.base);
  result.storySources = storySources(result);
  result.storyFacts = storyFacts(result);
  result.copyChain = copyChain(prepared, { ...result, sharedEdits: result.sharedEdits });
  if (options.base === undefined && choice.basis) {
    result.baseReason = choice.reason;
    result.baseBasis = choice.basis;
  }
  return result;
}
