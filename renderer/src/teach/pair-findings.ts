// Every finding of one pair as teach mode sees it: a lesson, the words on each side, and the
// engine entry it came from. Word changes, quotes, attributions and whole paragraphs (dropped,
// added, moved, cut short, or the same facts in an independent version's own words) all
// become one list, so the lesson examples, the tour and the worksheet pick from the same
// findings the pair view shows.
import type {
  AttributionEntry,
  Change,
  Comparison,
  Pair,
  QuoteEntry,
  VersionOut,
} from '../../../engine';
import { factGroups } from '../compare/correspondence';
import { groupsByBase } from '../compare/rows';
import { blockRange, quoteRange, type Quoted, type Range } from './excerpt';
import { attributionLesson, CHANGE_LESSON, PARAGRAPH_LESSON, QUOTE_LESSON } from './lesson-map';
import type { LessonId } from './lessons';

/** One finding of a pair. */
export interface Finding {
  lesson: LessonId;
  base: Range | null;
  version: Range | null;
  attribution?: AttributionEntry;
  quote?: QuoteEntry;
  /** For a paragraph finding: the base and version blocks. */
  blocks?: { base: number[]; version: number[] };
}

const span = (s: { start: number; end: number } | null | undefined): Range | null =>
  s ? [s.start, s.end] : null;

// Words changed inside quotation marks take the lesson of their quotation's status, so the
// cut words of a trimmed quote teach "trimmed", not "altered".
function changeLesson(pair: Pair, ch: Change): LessonId {
  if (ch.class !== 'quote' || !ch.base) return CHANGE_LESSON[ch.class];
  const at = ch.base[0];
  const q = pair.quotes.find((e) => e.base && at >= e.base.start && at <= e.base.end);
  return (q && QUOTE_LESSON[q.status]) ?? CHANGE_LESSON.quote;
}

function wordFindings(pair: Pair): Finding[] {
  return pair.links.flatMap((l) =>
    l.changes.map((ch) => ({ lesson: changeLesson(pair, ch), base: ch.base, version: ch.version })),
  );
}

function sourceFindings(pair: Pair): Finding[] {
  const out: Finding[] = [];
  for (const q of pair.quotes) {
    const lesson = QUOTE_LESSON[q.status];
    if (lesson) out.push({ lesson, base: span(q.base), version: span(q.version), quote: q });
  }
  for (const a of pair.attributions) {
    const lesson = attributionLesson(a);
    if (lesson) out.push({ lesson, base: span(a.base), version: span(a.version), attribution: a });
  }
  return out;
}

function range(v: VersionOut | undefined, blocks: number[]): Range | null {
  if (!v || blocks.length === 0) return null;
  const first = blockRange(v, Math.min(...blocks));
  const last = blockRange(v, Math.max(...blocks));
  return first && last ? [first[0], last[1]] : null;
}

function paragraphFindings(c: Comparison, pair: Pair): Finding[] {
  const base = c.versions[c.base];
  const ver = c.versions[pair.version];
  const para = (lesson: LessonId | null, b: number[], v: number[]): Finding[] =>
    lesson
      ? [{ lesson, base: range(base, b), version: range(ver, v), blocks: { base: b, version: v } }]
      : [];
  // The pair view's "same facts" rows: one finding each, and not dropped or added as well.
  const groups = [...new Set(groupsByBase(pair, factGroups(pair)).values())];
  const sameBase = new Set(groups.flatMap((g) => g.base));
  const sameVersion = new Set(groups.flatMap((g) => g.version));
  return [
    ...pair.droppedBlocks
      .filter((b) => !sameBase.has(b))
      .flatMap((b) => para(PARAGRAPH_LESSON.dropped, [b], [])),
    ...pair.addedBlocks
      .filter((v) => !sameVersion.has(v))
      .flatMap((v) => para(PARAGRAPH_LESSON.added, [], [v])),
    ...groups.flatMap((g) => para(PARAGRAPH_LESSON.corresponding, g.base, g.version)),
    ...pair.links.flatMap((l) =>
      l.moved
        ? para(PARAGRAPH_LESSON.moved, l.base, l.version)
        : l.relation === 'partial'
          ? para(PARAGRAPH_LESSON.partial, l.base, l.version)
          : [],
    ),
  ];
}

// Reading order: by the base's text where the finding has base words, else by the version's.
const position = (f: Finding): [number, number] => [
  f.base?.[0] ?? Number.MAX_SAFE_INTEGER,
  f.version?.[0] ?? Number.MAX_SAFE_INTEGER,
];

/** All findings of a pair, in reading order. */
export function pairFindings(c: Comparison, pair: Pair): Finding[] {
  const all = [...wordFindings(pair), ...sourceFindings(pair), ...paragraphFindings(c, pair)];
  return all.sort((a, b) => {
    const [a0, a1] = position(a);
    const [b0, b1] = position(b);
    return a0 - b0 || a1 - b1;
  });
}

/** An example of a lesson: the first finding of its kind, quoted exactly on each side. */
export interface Example {
  lesson: LessonId;
  finding: Finding;
  base: Quoted | null;
  version: Quoted | null;
}

/** The quoted words of a finding in the base and the version. */
export function quoteFinding(c: Comparison, pair: Pair, f: Finding): Example {
  const base = c.versions[c.base];
  const ver = c.versions[pair.version];
  return {
    lesson: f.lesson,
    finding: f,
    base: base && f.base ? quoteRange(base, f.base) : null,
    version: ver && f.version ? quoteRange(ver, f.version) : null,
  };
}

const hasWords = (r: Range | null): boolean => r !== null && r[1] > r[0];

/**
 * The first finding of a lesson, preferring one with words on both sides: "$4.2 million" →
 * "$4 million" teaches a changed number better than a deleted clause that holds a number.
 */
export function firstFinding(findings: Finding[], lesson: LessonId): Finding | undefined {
  const of = findings.filter((f) => f.lesson === lesson);
  return of.find((f) => hasWords(f.base) && hasWords(f.version)) ?? of[0];
}

/** An example of each lesson present in the pair (see firstFinding), in reading order. */
export function pairExamples(c: Comparison, pair: Pair): Map<LessonId, Example> {
  const findings = pairFindings(c, pair);
  const out = new Map<LessonId, Example>();
  for (const f of findings) {
    const first = out.has(f.lesson) ? undefined : firstFinding(findings, f.lesson);
    if (first) out.set(f.lesson, quoteFinding(c, pair, first));
  }
  return out;
}
