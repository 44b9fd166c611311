// The pair view's "same facts, independent wording" rows (issue 13): which unlinked base and
// version paragraphs sit side by side, and where the facts they share stand in each text.
//
// The rows are grouped by the engine (engine/relations/correspondence/fact-groups.ts `factGroups`), so the
// app, the reports and the CLI count them one way; this module marks what they share.
//
// The evidence lists shared items as the base writes them, normalised ("1100" for "1,100").
// They are found again in each paragraph, case-insensitively, digits allowing thousands
// separators; only what is found is marked, never a guess.
import {
  factGroups,
  paragraphNumber,
  type Comparison,
  type FactGroup,
  type Pair,
} from '../../../engine';
import type { Mark } from './marks';

export { factGroups, type FactGroup };

/** Which shared item a fact mark stands for. */
export type FactKind = NonNullable<Mark['fact']>;

/** The words the view uses for each kind of shared item. */
export const FACT_WORDS: Record<FactKind, string> = {
  entity: 'shared name',
  number: 'shared figure',
  speaker: 'same source',
  quote: 'shared quotation',
};

/** The row's label, the same on screen and for screen readers. */
export const SAME_FACTS_LABEL = 'same facts, independent wording';

/** True when `part` is `whole` or some of its words ("Marchetti" in "Delia Marchetti"). */
const within = (part: string, whole: string): boolean =>
  ` ${whole.toLowerCase()} `.includes(` ${part.toLowerCase()} `);

/**
 * The shared items of a row, each once, by kind (the engine's `words` are not marked). A name
 * already inside a longer one ("Reardon" in the source "Mayor Thomas J. Reardon") is left out.
 */
export function groupFacts(g: FactGroup): { kind: FactKind; text: string }[] {
  const out: { kind: FactKind; text: string }[] = [];
  const add = (kind: FactKind, list: string[]): void => {
    const longest = [...list].sort((a, b) => b.length - a.length);
    for (const text of longest) {
      if (text.trim() === '' || out.some((o) => within(text, o.text))) continue;
      out.push({ kind, text });
    }
  };
  for (const k of g.items) {
    add('speaker', k.evidence.speakers);
    add('entity', k.evidence.entities);
    add('number', k.evidence.numbers);
    add('quote', k.evidence.quotes);
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for an evidence string: spaces stretch, digits allow thousands separators. */
function patternOf(text: string): RegExp {
  const body = escape(text.trim())
    .replace(/\s+/g, '\\s+')
    .replace(/(\d)(?=\d)/g, '$1[,\u00a0\u202f ]?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every place `text` stands in text[start, end). */
function findAll(text: string, start: number, end: number, what: string): [number, number][] {
  const re = patternOf(what);
  const slice = text.slice(start, end);
  return [...slice.matchAll(re)].map((m) => [start + m.index, start + m.index + m[0].length]);
}

/**
 * A source not found in full ("Mayor Thomas J. Reardon") is looked for without its initials
 * ("Mayor Thomas Reardon"), then by its last two names, then by surname.
 */
function speakerForms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !/^\p{Lu}\.?$/u.test(w));
  const forms = [name, words.join(' '), words.slice(-2).join(' '), words[words.length - 1] ?? ''];
  return [...new Set(forms.filter((f) => f.length > 2))];
}

/**
 * The fact marks of one side of a pair: each shared item of each row, wherever it stands in
 * that side's paragraphs of the row. Overlaps keep the longer item.
 */
export function factMarks(c: Comparison, pair: Pair, side: 'base' | 'version'): Mark[] {
  const v = c.versions[side === 'base' ? c.base : pair.version];
  if (!v) return [];
  const out: Mark[] = [];
  for (const g of factGroups(pair)) {
    const found: Mark[] = [];
    for (const f of groupFacts(g)) {
      const forms = f.kind === 'speaker' ? speakerForms(f.text) : [f.text];
      for (const b of g[side]) {
        const blk = v.blocks[b];
        if (!blk) continue;
        for (const form of forms) {
          const hits = findAll(v.text, blk.start, blk.end, form);
          for (const [start, end] of hits) found.push({ start, end, kind: 'fact', fact: f.kind });
          if (hits.length > 0) break;
        }
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const m of found) if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "¶8–9 ↔ ¶3": the row's paragraphs by their citable numbers. */
export function groupNumbers(c: Comparison, pair: Pair, g: FactGroup): string {
  const nums = (vi: number, blocks: number[]): string => {
    const v = c.versions[vi];
    const ns = v ? blocks.map((b) => paragraphNumber(v, b)) : [];
    const first = ns[0];
    const last = ns[ns.length - 1];
    return first === last ? `¶${first ?? '?'}` : `¶${first ?? '?'}–${last ?? '?'}`;
  };
  return `${nums(c.base, g.base)} ↔ ${nums(pair.version, g.version)}`;
}

/** How long a quotation the row's line repeats before it cuts it short. */
const QUOTE_CHARS = 60;

/** A long quotation cut at a word, with an ellipsis: the paragraphs show it whole. */
function clip(q: string): string {
  if (q.length <= QUOTE_CHARS) return q;
  const cut = q.slice(0, QUOTE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/, '')}…`;
}

/** An evidence string as the base's paragraphs of the row write it, else as given. */
function asWritten(c: Comparison, g: FactGroup, what: string): string {
  const v = c.versions[c.base];
  for (const b of g.base) {
    const blk = v?.blocks[b];
    const [hit] = v && blk ? findAll(v.text, blk.start, blk.end, what) : [];
    if (v && hit) return v.text.slice(hit[0], hit[1]);
  }
  return what;
}

/** What the row shares, in words: "Gull Point Neighbors Association, 1,100; same source Delia Marchetti". */
export function groupSummary(c: Comparison, g: FactGroup): string {
  const facts = groupFacts(g);
  const of = (k: FactKind): string[] => facts.filter((f) => f.kind === k).map((f) => f.text);
  // a figure as the base writes it ("1,100", where the engine has "1100")
  const figures = of('number').map((n) => asWritten(c, g, n));
  const parts = [
    [...of('entity'), ...figures].join(', '),
    of('speaker').length > 0 ? `same source ${of('speaker').join(', ')}` : '',
    of('quote').length > 0 ? `same quotation “${of('quote').map(clip).join('”, “')}”` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `shares ${parts.join('; ')}` : 'shares rarer words only';
}
