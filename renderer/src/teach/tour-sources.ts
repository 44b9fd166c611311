// The dropped-source steps of the tour: the attributions a republication dropped, grouped by
// the person they credit, kept only when that person is credited nowhere else in it, and
// marked when their paragraph voices disagreement ("the only dissenting source").
import type { AttributionEntry, Comparison, Pair, VersionOut } from '../../../engine';
import { blockOf } from './excerpt';
import { ATTRIBUTION_ROLE } from './lesson-map';
import type { Finding } from './pair-findings';

/**
 * Words that mark disagreement in a source's paragraph or the one before it. A cue, not an
 * understanding: a step says "disagreed" only when one of these is there, and the card asks
 * the student to check.
 */
const DISSENT =
  /\b(?:not everyone|oppos(?:e|ed|es|ing|ition)|opponents?|against|object(?:ed|s|ion|ions)?|critics?|critici[sz]\w*|disagree\w*|disput\w*|protest\w*|petition\w*|reject\w*)\b/i;

// The person an attribution credits: the last word of its source, for grouping "Delia
// Marchetti … said", "Marchetti said" and "She said" (resolved to Marchetti) together.
function sourceKey(a: AttributionEntry): string {
  const s = a.base?.source ?? a.version?.source ?? a.base?.text ?? a.version?.text ?? '';
  const words = s.replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return (words[words.length - 1] ?? '').toLowerCase();
}

export function sourceName(a: AttributionEntry): string {
  return a.base?.source ?? a.base?.text ?? a.version?.source ?? a.version?.text ?? 'a source';
}

const paragraph = (base: VersionOut, i: number): string => {
  const blk = base.blocks[i];
  return blk ? base.text.slice(blk.start, blk.end) : '';
};

/** The clause (up to `.`, `;`, `!` or `?`) holding offset `at` of a text, and the one before. */
function clausesAround(text: string, at: number): string {
  const ends = [...text.matchAll(/[.;!?][”"’]?(?=\s)/g)].map((m) => (m.index ?? 0) + m[0].length);
  const i = ends.findIndex((e) => e > at);
  const from = i > 1 ? (ends[i - 2] as number) : 0;
  const to = i >= 0 ? (ends[i] as number) : text.length;
  return text.slice(from, to);
}

/**
 * Whether an attribution's clause, or the clause before it, voices disagreement; or the
 * paragraph before does and names the same person (introduced there, quoted in the next).
 */
function disagrees(base: VersionOut, a: AttributionEntry): boolean {
  if (!a.base) return false;
  const b = blockOf(base, a.base.start);
  const blk = base.blocks[b];
  if (!blk) return false;
  if (DISSENT.test(clausesAround(paragraph(base, b), a.base.start - blk.start))) return true;
  const key = sourceKey(a);
  const before = paragraph(base, b - 1);
  return key.length > 0 && before.toLowerCase().includes(key) && DISSENT.test(before);
}

export interface SourceGroup {
  key: string;
  first: Finding;
  dissent: boolean;
}

/** Dropped sources no longer credited anywhere in the version, those who disagreed first. */
export function droppedSources(c: Comparison, pair: Pair, findings: Finding[]): SourceGroup[] {
  const base = c.versions[c.base];
  if (!base) return [];
  const credited = new Set(pair.attributions.filter((a) => a.status !== 'dropped').map(sourceKey));
  const groups = new Map<string, SourceGroup>();
  for (const f of findings) {
    if (f.lesson !== 'source-dropped' || !f.attribution || !f.base) continue;
    const key = sourceKey(f.attribution);
    if (!key || credited.has(key)) continue;
    const g = groups.get(key) ?? { key, first: f, dissent: false };
    g.dissent ||= disagrees(base, f.attribution);
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => Number(b.dissent) - Number(a.dissent));
}

/** The sources still credited in the version whose paragraphs voice disagreement. */
export function remainingDissent(c: Comparison, pair: Pair): string[] {
  const base = c.versions[c.base];
  if (!base) return [];
  const names = new Map<string, string>();
  for (const a of pair.attributions) {
    if (a.status === 'dropped' || a.status === 'added' || !a.base) continue;
    if (ATTRIBUTION_ROLE[a.kind ?? 'other'] !== 'source') continue;
    if (disagrees(base, a)) names.set(sourceKey(a), sourceName(a));
  }
  return [...names.values()];
}
