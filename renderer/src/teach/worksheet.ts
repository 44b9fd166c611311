// The printable worksheet of one pair: numbered questions, each over exact excerpts of the
// original and the republication (whole paragraphs, without marks, so the student finds the
// change), and an answer key that quotes the changed words with their paragraph numbers. The
// questions are the tour's steps for that pair, so the worksheet asks about what matters most.
import type { Comparison, Link, Pair, VersionOut } from '../../../engine';
import { blockOf, paragraphText, type Quoted } from './excerpt';
import { LESSONS, type LessonId } from './lessons';
import { pairSteps, type TourStep } from './tour';

/** Size of a worksheet. */
export const WORKSHEET = {
  /** Questions per worksheet: a class period's worth. */
  questions: 8,
  /** Ruled lines left for each answer. */
  answerLines: 3,
} as const;

/** One paragraph shown to the student. */
export interface WorksheetExcerpt {
  para: number;
  text: string;
}

/** One numbered question with its answer. */
export interface WorksheetQuestion {
  n: number;
  lesson: LessonId;
  /** The base's paragraphs and the version's, as printed; either may be empty. */
  base: WorksheetExcerpt[];
  version: WorksheetExcerpt[];
  prompt: string;
  answer: string;
}

const excerpts = (v: VersionOut | undefined, blocks: number[]): WorksheetExcerpt[] =>
  v ? blocks.map((b) => ({ para: b + 1, text: paragraphText(v, b) })) : [];

// The paragraphs a finding lies in on each side, and their counterparts through the link that
// holds them (a source dropped from a kept paragraph shows both paragraphs).
function blocksOf(
  c: Comparison,
  pair: Pair,
  step: TourStep,
): { base: number[]; version: number[] } {
  const ex = step.example;
  const base = c.versions[c.base];
  const ver = c.versions[pair.version];
  const b = ex?.base && base ? [blockOf(base, ex.base.range[0])] : [];
  const v = ex?.version && ver ? [blockOf(ver, ex.version.range[0])] : [];
  const link: Link | undefined = pair.links.find(
    (l) =>
      (b[0] !== undefined && l.base.includes(b[0])) ||
      (v[0] !== undefined && l.version.includes(v[0])),
  );
  return {
    base: b.length > 0 ? b : (link?.base ?? []),
    version: v.length > 0 ? v : (link?.version ?? []),
  };
}

const words = (q: Quoted | null): string =>
  q
    ? q.words.trim()
      ? `“${q.words}${q.cutWords ? ' …' : ''}” (¶${q.para})`
      : `nothing (¶${q.para})`
    : '';

/** The answer to a question: the step's finding and its exact words. */
function answerOf(step: TourStep): string {
  const ex = step.example;
  const pair = [words(ex?.base ?? null), words(ex?.version ?? null)];
  const text = pair[0] && pair[1] ? `${pair[0]} became ${pair[1]}` : pair[0] || pair[1];
  return [`${step.title}.`, text ? `${text}.` : '', step.note ?? ''].filter(Boolean).join(' ');
}

function promptOf(lesson: LessonId, base: number[], version: number[], name: string): string {
  const where =
    base.length > 0 && version.length > 0
      ? 'Compare the two excerpts.'
      : base.length > 0
        ? `This paragraph of the original has no counterpart in ${name}.`
        : `This paragraph appears only in ${name}.`;
  return `${where} ${LESSONS[lesson].task}`;
}

/** The worksheet's questions for the pair at `pairIndex`, with `name` naming its version. */
export function worksheetQuestions(
  c: Comparison,
  pairIndex: number,
  name: string,
): WorksheetQuestion[] {
  const pair = c.pairs[pairIndex];
  if (!pair) return [];
  const steps = pairSteps(c, pairIndex, WORKSHEET.questions).filter((s) => s.lesson !== null);
  return steps.map((step, i) => {
    const lesson = step.lesson as LessonId;
    const blocks = blocksOf(c, pair, step);
    return {
      n: i + 1,
      lesson,
      base: excerpts(c.versions[c.base], blocks.base),
      version: excerpts(c.versions[pair.version], blocks.version),
      prompt: promptOf(lesson, blocks.base, blocks.version, name),
      answer: answerOf(step),
    };
  });
}
