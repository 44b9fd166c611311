// The figures and names of a pair side by side (issue 13, item 2): which numbers, dates,
// amounts and names both texts give, which only one gives, and which the two give differently
// ("1.5 million" against "1 million", "Tuesday" against "Wednesday").
//   1. Each text's mentions (fact-mentions.ts, cached per version) are grouped into facts:
//      a figure by its kind and value, a name by the attribution matcher's own rule for one
//      source under two names (sameSource: "Simon Migliano" and "Migliano", "the Commerce
//      Department" and "Department of Commerce"), so a fact counts once however often it
//      recurs. Also cached per version: the base's serve every pair.
//   2. A fact of one text that the other also has is `shared`; the rest are one text's only.
//   3. `changed` is claimed only where it can be defended: a figure only the base gives and
//      one only the version gives, of the same kind and context (the unit noun after the
//      number, the kind of date), in paragraphs that a link or a correspondence pairs, when
//      neither paragraph group holds another candidate of that kind and context. Names are
//      never `changed`: two different names are two facts.

import type { Prepared } from '../../text/prepare.js';
import type { FactKind, FactSpan, Pair, PairFact } from '../../types.js';
import { sameSource } from '../../sources/sources.js';
import { versionMentions, type Mention } from './fact-mentions.js';
import { monthOf } from '../correspondence/correspondence-items.js';

/** Tuning of the pair's facts. */
export const PAIR_FACTS = {
  /** Names compared per name word when grouping (bounds the work on a word every name has). */
  maxPerWord: 24,
};

const FIGURES = new Set(['number', 'date', 'amount']);

/** One fact of one text: its first mention and the kind its mentions agree on. */
interface Fact {
  first: Mention;
  kind: Mention['kind'];
  /** Name forms as written ("Simon Migliano", "Migliano"), at most a few. */
  forms: string[];
}

/** The facts of one text, indexed for the other text to look them up. */
interface SideFacts {
  list: Fact[];
  figures: Map<string, Fact>;
  names: Map<string, Fact[]>;
  /** The first date of each month named ("october" → "October 2018"). */
  months: Map<string, Fact>;
  /** Capitalised sentence openers not known as names here (fact-mentions.ts `tentative`). */
  tentative: Mention[];
}

const figureKey = (m: Mention) => `${m.kind}|${m.key}`;

const cache = new WeakMap<Prepared, SideFacts>();

/** The facts of `p` (cached per prepared version). */
function sideFacts(p: Prepared): SideFacts {
  let got = cache.get(p);
  if (got !== undefined) return got;
  got = { list: [], figures: new Map(), names: new Map(), months: new Map(), tentative: [] };
  for (const m of versionMentions(p)) {
    if (m.context === 'opener') got.tentative.push(m);
    else if (FIGURES.has(m.kind)) addFigure(got, m);
    else addName(got, m, p.input.text.slice(m.start, m.end));
  }
  got.list.sort((x, y) => x.first.start - y.first.start);
  cache.set(p, got);
  return got;
}

function addFigure(side: SideFacts, m: Mention): void {
  if (side.figures.has(figureKey(m))) return;
  const f: Fact = { first: m, kind: m.kind, forms: [] };
  side.figures.set(figureKey(m), f);
  side.list.push(f);
  const month = monthPart(m);
  if (month !== null && !side.months.has(month)) side.months.set(month, f);
}

/** The month a date names ("october 2018" → "october"), or null. */
const monthPart = (m: Mention): string | null => {
  const first = m.key.split(' ')[0] ?? '';
  return m.kind === 'date' && monthOf(first) !== null ? first : null;
};

/**
 * `side` with the sentence openers that the other text names on their own made names too,
 * as correspondences decide it. A copy when any is added: the cached side serves other pairs.
 */
function withOpeners(p: Prepared, side: SideFacts, other: SideFacts): SideFacts {
  const text = (m: Mention) => p.input.text.slice(m.start, m.end);
  // the other text names it on its own ("Twitter"), not inside a longer name ("New Jersey")
  const named = (m: Mention) => other.names.get(m.key)?.some((f) => f.first.key === m.key);
  const add = side.tentative.filter(
    (m) => named(m) === true && findName(side, m.key, text(m), m.kind) === undefined,
  );
  if (add.length === 0) return side;
  const names = new Map<string, Fact[]>();
  for (const [k, list] of side.names) names.set(k, [...list]);
  const out: SideFacts = { ...side, list: [...side.list], names, tentative: [] };
  for (const m of add) addName(out, m, text(m));
  out.list.sort((x, y) => x.first.start - y.first.start);
  return out;
}

/** The fact of `side` that is the name `text` (key `key`, kind `kind`), if any. */
function findName(side: SideFacts, key: string, text: string, kind: FactKind): Fact | undefined {
  for (const w of key.split(' ')) {
    const list = side.names.get(w) ?? [];
    for (const f of list.slice(0, PAIR_FACTS.maxPerWord)) {
      if (f.first.key === key) return f;
      if (f.forms.some((x) => sameSource(x, text) && sameThing(x, f.kind, text, kind))) return f;
    }
  }
  return undefined;
}

/**
 * sameSource says one name's words all stand in the other; a name is one thing only when
 * the shorter is the longer's surname ("Migliano", "Simon Migliano"), has the same words
 * ("Commerce Department", "Department of Commerce"), or opens a place or an unclassified
 * name ("Xinjiang", "Xinjiang Uyghur Autonomous Region"), not an organisation's name:
 * "Xinjiang" is not the Xinjiang police.
 */
function sameThing(a: string, ka: FactKind, b: string, kb: FactKind): boolean {
  const [la, lb] = [a.split(/\s+/u).length, b.split(/\s+/u).length];
  if (la === lb) return true;
  const [short, ks, long, kl] = la < lb ? [a, ka, b, kb] : [b, kb, a, ka];
  if (kl === 'person' || ks === 'person') return long.endsWith(short);
  if (kl === 'organisation' && ks !== 'organisation') return false;
  return long.startsWith(short);
}

function addName(side: SideFacts, m: Mention, text: string): void {
  const same = findName(side, m.key, text, m.kind);
  if (same !== undefined) {
    if (same.kind === 'name') same.kind = m.kind;
    if (same.forms.length < 4 && !same.forms.includes(text)) same.forms.push(text);
    return;
  }
  const f: Fact = { first: m, kind: m.kind, forms: [text] };
  side.list.push(f);
  for (const w of new Set(m.key.split(' '))) {
    const list = side.names.get(w);
    if (list === undefined) side.names.set(w, [f]);
    else list.push(f);
  }
}

/** The same fact in the other text, if it has it. */
function counterpart(f: Fact, other: SideFacts): Fact | undefined {
  if (FIGURES.has(f.kind)) {
    const same = other.figures.get(figureKey(f.first));
    if (same !== undefined) return same;
    // "October" against "October 2018": the same month, one text without the year
    const month = monthPart(f.first);
    if (month === null) return undefined;
    return f.first.context === 'month'
      ? other.months.get(month)
      : other.figures.get(`date|${month}`);
  }
  for (const form of f.forms) {
    const g = findName(other, f.first.key, form, f.kind);
    if (g !== undefined) return g;
  }
  return undefined;
}

const spanOf = (p: Prepared, m: Mention): FactSpan => ({
  block: m.block,
  start: m.start,
  end: m.end,
  text: p.input.text.slice(m.start, m.end),
});

/** Base and version block groups that a link or a correspondence pairs. */
function paragraphGroups(pair: Pair): Array<[number[], number[]]> {
  const out: Array<[number[], number[]]> = pair.links.map((l) => [l.base, l.version]);
  for (const c of pair.correspondences ?? []) out.push([[c.base], [c.version]]);
  return out;
}

/** Figures of one text only, by block. */
function byBlock(facts: Fact[]): Map<number, Fact[]> {
  const out = new Map<number, Fact[]>();
  for (const f of facts) {
    if (!FIGURES.has(f.kind)) continue;
    const list = out.get(f.first.block);
    if (list === undefined) out.set(f.first.block, [f]);
    else list.push(f);
  }
  return out;
}

/** Base-only and version-only figures that one paragraph group gives for one thing. */
function changedFigures(pair: Pair, baseOnly: Fact[], verOnly: Fact[]): Map<Fact, Fact> {
  const [b, v] = [byBlock(baseOnly), byBlock(verOnly)];
  const out = new Map<Fact, Fact>();
  const used = new Set<Fact>();
  for (const [bs, vs] of paragraphGroups(pair)) {
    // a change needs a figure on each side: most groups of a reprint have none
    if (!bs.some((x) => b.has(x)) || !vs.some((x) => v.has(x))) continue;
    const buckets = new Map<string, [Fact[], Fact[]]>();
    const put = (f: Fact, i: 0 | 1) => {
      const k = `${f.kind}|${f.first.context}`;
      const slot = buckets.get(k) ?? [[], []];
      slot[i].push(f);
      buckets.set(k, slot);
    };
    for (const x of bs) for (const f of b.get(x) ?? []) put(f, 0);
    for (const x of vs) for (const f of v.get(x) ?? []) put(f, 1);
    for (const [sb, sv] of buckets.values()) {
      const [fb, fv] = [sb[0], sv[0]];
      // one candidate on each side, or the pairing would be a guess
      if (sb.length !== 1 || sv.length !== 1 || fb === undefined || fv === undefined) continue;
      if (used.has(fb) || used.has(fv)) continue;
      used.add(fb).add(fv);
      out.set(fb, fv);
    }
  }
  return out;
}

/**
 * The figures and names of a pair (see the module comment): those the base gives in its
 * order (shared, changed or base-only), then those only the version gives, in its order.
 * `pair` needs its links and correspondences.
 */
export function pairFacts(base: Prepared, ver: Prepared, pair: Pair): PairFact[] {
  const [cb, cv] = [sideFacts(base), sideFacts(ver)];
  const [b, v] = [withOpeners(base, cb, cv), withOpeners(ver, cv, cb)];
  const shared = new Map<Fact, Fact>();
  const taken = new Set<Fact>();
  for (const f of b.list) {
    const g = counterpart(f, v);
    if (g !== undefined && !taken.has(g)) {
      shared.set(f, g);
      taken.add(g);
    }
  }
  const baseOnly = b.list.filter((f) => !shared.has(f));
  const verOnly = v.list.filter((g) => !taken.has(g));
  const changed = changedFigures(pair, baseOnly, verOnly);
  const changedVer = new Set(changed.values());
  const out: PairFact[] = b.list.map((f) => {
    const g = shared.get(f) ?? changed.get(f);
    const status = shared.has(f) ? 'shared' : changed.has(f) ? 'changed' : 'base-only';
    const kind = f.kind === 'name' && g !== undefined ? g.kind : f.kind;
    const version = g === undefined ? null : spanOf(ver, g.first);
    return { kind, status, value: f.first.value, base: spanOf(base, f.first), version };
  });
  for (const g of verOnly) {
    if (changedVer.has(g)) continue;
    const version = spanOf(ver, g.first);
    out.push({ kind: g.kind, status: 'version-only', value: g.first.value, base: null, version });
  }
  return out;
}
