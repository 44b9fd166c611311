// What one reprint did to its base, in the outlets view's terms (contract/outlet-methods.ts
// OUTLET_MEASURE_WORDS), read off the engine's pair exactly as the story page shows it:
// - a credit dropped: a dropped attribution of kind `credit` or `copyright` (the agency in a
//   dateline "(AP) —", an end credit "Reuters contributed to this report", a copyright line);
// - the ending trimmed: the base's last body paragraph is among the pair's dropped blocks;
// - quotes altered: the quote statuses the panel lists as real changes (trimmed, altered,
//   paraphrased, reattributed), not those that differ only in typography or spelling;
// - quotes dropped: status `dropped`;
// - sources added / dropped: attributions that credit what someone said or reported (every
//   kind but bylines, datelines and credits), added or dropped;
// - similarity: the pair's similarity, or kept words over base words where an older cached
//   comparison has none (as the HTML report's overview does).
import type { NewPairSummary, PairMeasures } from '../../db';
import type { AttributionEntry, AttributionKind, Comparison, Pair } from '../../engine/index';

/** Attribution kinds that credit who supplied the copy rather than who said something. */
const CREDIT_KINDS: ReadonlySet<AttributionKind> = new Set(['credit', 'copyright']);
/** Attribution kinds that are not sources of what the story says. */
const NOT_SOURCES: ReadonlySet<AttributionKind> = new Set([
  'credit',
  'copyright',
  'byline',
  'dateline',
]);
/** Quote statuses that are real changes to the words quoted (see QuoteStatus). */
const ALTERED_QUOTES: ReadonlySet<string> = new Set([
  'trimmed',
  'altered',
  'paraphrased',
  'reattributed',
]);

const isSource = (a: AttributionEntry): boolean => !NOT_SOURCES.has(a.kind ?? 'other');

/** The index of the base's last body paragraph, or -1. */
function lastBodyBlock(c: Comparison): number {
  const blocks = c.versions[c.base]?.blocks ?? [];
  for (let i = blocks.length - 1; i >= 0; i -= 1) if (blocks[i]?.kind === 'body') return i;
  return -1;
}

/** What the pair's version did to the base (pure). */
export function pairMeasures(c: Comparison, p: Pair): PairMeasures {
  const count = <T>(xs: readonly T[], f: (x: T) => boolean): number => xs.filter(f).length;
  const last = lastBodyBlock(c);
  const s = p.stats;
  return {
    creditDropped: count(
      p.attributions,
      (a) => a.status === 'dropped' && CREDIT_KINDS.has(a.kind ?? 'other'),
    ),
    endingTrimmed: last >= 0 && p.droppedBlocks.includes(last) ? 1 : 0,
    quotesAltered: count(p.quotes, (q) => ALTERED_QUOTES.has(q.status)),
    quotesDropped: count(p.quotes, (q) => q.status === 'dropped'),
    sourcesAdded: count(p.attributions, (a) => a.status === 'added' && isSource(a)),
    sourcesDropped: count(p.attributions, (a) => a.status === 'dropped' && isSource(a)),
    similarity: s.similarity ?? (s.baseWords > 0 ? s.keptWords / s.baseWords : 0),
  };
}

/**
 * Every reprint of a compared story; `ids[i]` is the library id of `c.versions[i]`.
 */
export function storyPairSummaries(c: Comparison, ids: readonly number[]): NewPairSummary[] {
  const baseVersionId = ids[c.base];
  if (baseVersionId === undefined) return [];
  return c.pairs.flatMap((p) => {
    const versionId = ids[p.version];
    return versionId === undefined ? [] : [{ versionId, baseVersionId, ...pairMeasures(c, p) }];
  });
}
