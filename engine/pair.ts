// The one place where a pair object of retold.comparison/1 is assembled: derivation first
// (cheap, and it decides how freely sentences may be linked), then sentence alignment,
// block links, word diffs per link, classification, dropped and added blocks, quotes,
// attributions and stats.

import { alignSentences, blockLinks, type BlockLink } from './alignment/align.js';
import type { FoundAttribution } from './sources/attributions-find.js';
import { findCredits, pairAttributions } from './sources/attributions.js';
import { classifyChange, sentenceStarts, type ClassifyContext } from './alignment/classify.js';
import { coverage, derivationOf, wordKeys } from './relations/derivation.js';
import { diffLink, type LinkDiff, type RawChange } from './alignment/diff.js';
import type { Prepared } from './text/prepare.js';
import { extractQuotes, pairQuotes, type FoundQuote } from './sources/quotes.js';
import { computeWeights, findCandidates } from './alignment/similarity.js';
import type { Change, CompareLimits, Link, Pair, Relation } from './types.js';

/** What every pair shares about the base, computed once per comparison. */
export interface BaseContext {
  base: Prepared;
  shingles: ReadonlySet<string>;
  quotes: FoundQuote[];
  starts: Set<number>;
  limits: CompareLimits;
  foldSpelling: boolean;
  /** False to skip attribution and quote analysis (the benchmark's baseline). */
  sources: boolean;
}

const ranges = (xs: ReadonlyArray<{ start: number; end: number }>) =>
  xs.map((a) => [a.start, a.end] as const);

/** Dice a sentence pair needs when the version does not derive from the base at all. */
const INDEPENDENT_MIN_DICE = 0.6;

function range(p: Prepared, list: readonly number[], from: number, to: number): [number, number] {
  if (to > from) {
    return [p.tokens[list[from] ?? -1]?.start ?? 0, p.tokens[list[to - 1] ?? -1]?.end ?? 0];
  }
  const at =
    from > 0 ? (p.tokens[list[from - 1] ?? -1]?.end ?? 0) : (p.tokens[list[0] ?? -1]?.start ?? 0);
  return [at, at];
}

function toChange(c: RawChange, d: LinkDiff, x: ClassifyContext): Change {
  return {
    op: c.op,
    base: range(x.base, d.lb, c.b0, c.b1),
    version: range(x.ver, d.lv, c.v0, c.v1),
    class: classifyChange(c, x),
  };
}

function relationOf(changes: Change[], d: LinkDiff, linkBaseWords: number): Relation {
  if (changes.every((c) => c.class === 'typography' || c.class === 'spelling')) return 'verbatim';
  if (d.deletedWords >= 3 && d.deletedWords >= 0.2 * linkBaseWords) return 'partial';
  return 'reworded';
}

function buildLink(g: BlockLink, x: ClassifyContext, limits: CompareLimits): [Link, number] {
  const d = diffLink(x.base, x.ver, g, limits.maxEditLength);
  const lx: ClassifyContext = { ...x, lb: d.lb, lv: d.lv };
  const changes = d.changes.map((c) => toChange(c, d, lx));
  const words = g.base.reduce((n, b) => n + (x.base.blockWords[b] ?? 0), 0);
  const link: Link = {
    base: g.base,
    version: g.version,
    relation: relationOf(changes, d, words),
    moved: g.moved,
    changes,
  };
  if (d.coarse) link.coarse = true;
  return [link, d.keptWords];
}

function unlinked(p: Prepared, linked: ReadonlySet<number>): number[] {
  const out: number[] = [];
  p.blocks.forEach((b, i) => {
    if (b.kind === 'body' && !linked.has(i)) out.push(i);
  });
  return out;
}

/** Compares the base with one version; `index` is the version's place in `versions`. */
export function comparePair(ctx: BaseContext, ver: Prepared, index: number): Pair {
  const { base, limits } = ctx;
  const derivation = derivationOf(coverage(wordKeys(ver), ctx.shingles));
  const weights = computeWeights(base, ver);
  let cands = findCandidates(base, ver, weights, limits.maxCandidatesPerSentence);
  if (derivation.label === 'none') cands = cands.filter((c) => c.dice >= INDEPENDENT_MIN_DICE);
  const groups = blockLinks(alignSentences(cands, base, ver, weights), base, ver);
  const verAtts: FoundAttribution[] = ctx.sources ? findCredits(ver) : [];
  const verQuotes = extractQuotes(ver, verAtts);
  const x: ClassifyContext = {
    base,
    ver,
    lb: [],
    lv: [],
    quotes: {
      base: ctx.quotes.map((q) => [q.outerStart, q.outerEnd] as const),
      version: verQuotes.map((q) => [q.outerStart, q.outerEnd] as const),
    },
    attributions: {
      base: ranges(ctx.sources ? findCredits(base) : []),
      version: ranges(verAtts),
    },
    baseStarts: ctx.starts,
    verStarts: sentenceStarts(ver),
    foldSpelling: ctx.foldSpelling,
  };
  let kept = 0;
  const links = groups.map((g) => {
    const [link, k] = buildLink(g, x, limits);
    kept += k;
    return link;
  });
  const coarseLinks = links.flatMap((l, i) => (l.coarse ? [i] : []));
  const stats = {
    baseWords: base.bodyWords,
    versionWords: ver.bodyWords,
    keptWords: kept,
    addedWords: ver.bodyWords - kept,
    droppedWords: base.bodyWords - kept,
    similarity: Math.round((2000 * kept) / Math.max(1, base.bodyWords + ver.bodyWords)) / 1000,
  };
  const pair: Pair = {
    version: index,
    links,
    droppedBlocks: unlinked(base, new Set(links.flatMap((l) => l.base))),
    addedBlocks: unlinked(ver, new Set(links.flatMap((l) => l.version))),
    attributions: ctx.sources ? pairAttributions(base, ver) : [],
    quotes: ctx.sources ? pairQuotes(ctx.quotes, verQuotes, ver, verAtts) : [],
    stats,
    derivation,
  };
  if (coarseLinks.length > 0) {
    pair.coarse = {
      reason: `a word diff exceeded maxEditLength (${limits.maxEditLength}); those links show one coarse replacement`,
      links: coarseLinks,
    };
  }
  return pair;
}
