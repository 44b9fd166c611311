// The sources of a pair side by side (issue 13, item 2): every named source that either text
// quotes or credits, whether both have it or only one, and how each uses it: quoted directly
// (the speaker of a quotation), reported ("Migliano said that…", "according to…"), or credited
// (a byline, dateline, photo or agency credit). The same source under different names is one
// ("Simon Migliano" and "Top10VPN's Simon Migliano"), by the attribution matcher's own rule
// (sameSource). Read from the pair's attributions and quotations, so it costs one pass over
// them. Sources that name nobody ("a senior official") are left out: two of them in two texts
// need not be one person.

import type { Pair, PairSource, SourceUse } from '../types.js';
import { cleanSource, isPronoun, sameSource, sourceWords } from './sources.js';

/** The stronger of two uses: a quotation says more than reported speech, which says more than a credit. */
const RANK: Record<SourceUse, number> = { direct: 3, reported: 2, credit: 1 };

const CREDIT_KINDS = new Set(['credit', 'byline', 'dateline', 'copyright']);

interface Use {
  name: string;
  use: SourceUse;
  /** Order of first use on its side. */
  at: number;
}

/** Capitalised words that open a source without naming one ("Reports say…"). */
const GENERIC = new Set(
  'report reports officials sources experts analysts researchers witnesses police'.split(' '),
);

/**
 * The name of a source as a list shows it, or '' when it names nobody: "Top10VPN’s Simon
 * Migliano" is Simon Migliano (the owner only says where he works), "the U.S." stays, "a
 * report Thursday" and "Reports" name nobody.
 */
function nameOf(raw: string | null | undefined): string {
  const key = raw ?? '';
  let got = NAMES.get(key);
  if (got === undefined) {
    got = nameFresh(key);
    if (NAMES.size < PAIR_SOURCES.maxNames) NAMES.set(key, got);
  }
  return got;
}

/** Tuning of the pairs' sources. */
export const PAIR_SOURCES = {
  /** Source texts whose names are remembered (every pair of a story repeats the base's). */
  maxNames: 10_000,
};

/** nameOf by source text: a pure function of it, so kept across calls (bounded). */
const NAMES = new Map<string, string>();

function nameFresh(raw: string): string {
  const clean = cleanSource(raw);
  const owned = /^\S.*?['’]s\s+(\p{Lu}.*)$/u.exec(clean);
  const name = (owned?.[1] ?? clean).replace(/['’]s$/u, '').replace(/^(?:the|a|an)\s+/iu, '');
  const first = name.split(/\s+/)[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || GENERIC.has(first.toLowerCase()) || isPronoun(name)) return '';
  return name;
}

/**
 * One side's sources, with an index by name word: two names of one source share a word
 * (sameSource needs one name's words all in the other), so a long text with hundreds of
 * sources compares each name with a few, not with all.
 */
class SideSources {
  readonly list: Use[] = [];
  private readonly byWord = new Map<string, Use[]>();

  /** The source `name` is, if this side has it (the earliest such), else undefined. */
  find(name: string, skip?: ReadonlySet<Use>): Use | undefined {
    let best: Use | undefined;
    for (const k of keysOf(name)) {
      for (const u of this.byWord.get(k) ?? []) {
        if (skip?.has(u) || (best !== undefined && best.at <= u.at)) continue;
        if (sameSource(u.name, name)) best = u;
      }
    }
    return best;
  }

  /** Adds a use of a source, merged with the same source when the side already has it. */
  add(raw: string | null | undefined, use: SourceUse): void {
    const name = nameOf(raw);
    if (name === '') return;
    const same = this.find(name);
    if (same !== undefined) {
      if (RANK[use] > RANK[same.use]) same.use = use;
      return;
    }
    const u: Use = { name, use, at: this.list.length };
    this.list.push(u);
    for (const k of keysOf(name)) this.byWord.set(k, [...(this.byWord.get(k) ?? []), u]);
  }
}

/** Index keys of a name: its source words and acronyms (sources.ts). */
function keysOf(name: string): string[] {
  const w = sourceWords(name);
  return [...w.words, ...w.acronyms];
}

/** The named sources of each side of a pair, in text order of their first use. */
function sides(pair: Pair): { base: SideSources; version: SideSources } {
  const out = { base: new SideSources(), version: new SideSources() };
  for (const side of ['base', 'version'] as const) {
    const found: Array<[number, string | null | undefined, SourceUse]> = [];
    for (const q of pair.quotes) {
      const s = q[side];
      // a paraphrased quotation is the base's quotation told in the version's own words
      const use = side === 'version' && q.status === 'paraphrased' ? 'reported' : 'direct';
      if (s !== null) found.push([s.start, s.speaker, use]);
    }
    for (const a of pair.attributions) {
      const s = a[side];
      if (s === null || s.unnamed === true) continue;
      found.push([s.start, s.source, CREDIT_KINDS.has(a.kind ?? '') ? 'credit' : 'reported']);
    }
    found.sort((x, y) => x[0] - y[0]);
    for (const [, name, use] of found) out[side].add(name, use);
  }
  return out;
}

/**
 * The sources of a pair (see the module comment): those both texts have first, in the base's
 * order, then those only the base has, then those only the version has.
 */
export function pairSources(pair: Pair): PairSource[] {
  const { base, version } = sides(pair);
  const taken = new Set<Use>();
  const out: PairSource[] = [];
  const only: PairSource[] = [];
  for (const b of base.list) {
    const v = version.find(b.name, taken);
    if (v === undefined) {
      only.push({ name: b.name, status: 'base-only', base: b.use, version: null });
      continue;
    }
    taken.add(v);
    out.push({ name: b.name, status: 'shared', base: b.use, version: v.use });
  }
  const added = version.list
    .filter((v) => !taken.has(v))
    .map((v): PairSource => ({ name: v.name, status: 'version-only', base: null, version: v.use }));
  return [...out, ...only, ...added];
}
