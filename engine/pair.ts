// The one place where a pair object of retold.comparison/2 is assembled: derivation first
// (cheap, and it decides how freely sentences may be linked), then sentence alignment,
// block links, word diffs per link, classification, dropped and added blocks, quotes,
// attributions and stats.

import { alignSentences, blockLinks, type BlockLink } from './alignment/align.js';
import type { FoundAttribution } from './sources/attributions-find.js';
import { findCredits, pairAttributions } from './sources/attributions.js';
import { classifyChange, sentenceStarts, type ClassifyContext } from './alignment/classify.js';
import { derivationOf } from './relations/derivation/derivation.js';
import { FINGERPRINT, fingerprintOf } from './relations/derivation/fingerprint.js';
import { independentCandidates, independentEdges } from './relations/derivation/independent.js';
import { signalsOf, type BaseGrams } from './relations/derivation/signals.js';
import { diffLink, type LinkDiff, type RawChange } from './alignment/diff.js';
import { keptBodyWords, pairStats } from './alignment/kept-words.js';
import { pairTitles } from './alignment/titles.js';
import { isCompared, type Prepared } from './text/prepare.js';
import { extractQuotes, pairQuotes, type FoundQuote } from './sources/quotes.js';
import { computeWeights, findCandidates } from './alignment/similarity.js';
import type { Change, CompareLimits, Link, Pair, Relation } from './types.js';

/** What every pair shares about the base, computed once per comparison. */
export interface BaseContext {
  base: Prepared;
  /** The base's hashed n-grams for derivation (engine/relations/derivation/signals.ts). */
  grams: BaseGrams;
  quotes: FoundQuote[];
  starts: Set<number>;
  limits: CompareLimits;
  foldSpelling: boolean;
  /** False to skip attribution and quote analysis (the benchmark's baseline). */
  sources: boolean;
}

const ranges = (xs: ReadonlyArray<{ start: number; end: number }>) =>
  xs.map((a) => [a.start, a.end] as const);

function range(p: Prepared, list: readonly number[], from: number, to: number): [number, number] {
  if (to > from) {
    return [p.tokens.start[list[from] ?? -1] ?? 0, p.tokens.end[list[to - 1] ?? -1] ?? 0];
  }
  const at =
    from > 0 ? (p.tokens.end[list[from - 1] ?? -1] ?? 0) : (p.tokens.start[list[0] ?? -1] ?? 0);
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
  return [link, keptBodyWords(x.base, x.ver, d)];
}

/** Compared blocks (every kind but boilerplate) that no link holds: dropped or added. */
function unlinked(p: Prepared, linked: ReadonlySet<number>): number[] {
  const out: number[] = [];
  p.blocks.forEach((b, i) => {
    if (isCompared(b.kind) && !linked.has(i)) out.push(i);
  });
  return out;
}

/** Compares the base with one version; `index` is the version's place in `versions`. */
export function comparePair(ctx: BaseContext, ver: Prepared, index: number): Pair {
  const { base, limits } = ctx;
  const derivation = derivationOf(signalsOf(ctx.grams, fingerprintOf(ver)), FINGERPRINT.own);
  const weights = computeWeights(base, ver);
  const search = findCandidates(base, ver, weights, limits.maxCandidatesPerSentence);
  let cands = search.candidates;
  // not derived: only near-verbatim own wording may link (engine/relations/derivation/independent.ts)
  if (derivation.label === 'none') cands = independentCandidates(base, ver, cands);
  const derived = derivation.label !== 'none';
  let edges = alignSentences(cands, base, ver, weights, { derived });
  if (derivation.label === 'none') edges = independentEdges(edges, cands);
  let groups = blockLinks(edges, base, ver);
  if (derivation.label !== 'none') groups = pairTitles(groups, base, ver);
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
  const stats = pairStats(base.bodyWords, ver.bodyWords, kept);
  // Set by attribution and quote pairing when a candidate cap may have cost a pairing.
  const sourceNotes: { coarse?: boolean } = {};
  const pair: Pair = {
    version: index,
    links,
    droppedBlocks: unlinked(base, new Set(links.flatMap((l) => l.base))),
    addedBlocks: unlinked(ver, new Set(links.flatMap((l) => l.version))),
    attributions: ctx.sources ? pairAttributions(base, ver, links, sourceNotes) : [],
    quotes: ctx.sources ? pairQuotes(ctx.quotes, verQuotes, ver, verAtts, sourceNotes) : [],
    stats,
    derivation,
  };
  const reasons = search.limited === null ? [] : [search.limited];
  if (sourceNotes.coarse === true) {
    reasons.push('attribution or quotation pairing compared only the nearest candidates');
  }
  if (coarseLinks.length > 0) {
    reasons.unshift(
      `a word diff exceeded maxEditLength (${limits.maxEditLength}); those links show one coarse replacement`,
    );
  }
  if (reasons.length > 0) pair.coarse = { reason: reasons.join('; '), links: coarseLinks };
  return pair;
}
