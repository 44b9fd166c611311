// The guided tour of a story: for each republication in the comparison's order, its most
// telling findings first (a stripped credit, a dropped source who disagreed, an altered quote…),
// each a step that names the change in a sentence and points at its words in the pair view.
// Pure: computed from the comparison alone, so a unit test can run it on the real engine.
import {
  paragraphNumber,
  type AttributionEntry,
  type Comparison,
  type Pair,
} from '../../../engine';
import { blockOf } from './excerpt';
import { baseComparedBlocks } from '../compare/model';
import type { LessonId } from './lessons';
import {
  firstFinding,
  pairFindings,
  quoteFinding,
  type Example,
  type Finding,
} from './pair-findings';
import { droppedSources, remainingDissent, sourceName } from './tour-sources';

/** Limits and cues of the tour. */
export const TOUR = {
  /** Steps per republication: the tour is a first look, the pair view has the rest. */
  stepsPerPair: 5,
  /** Dropped sources named per republication (a trimmed ending can drop a dozen). */
  sourcesPerPair: 2,
  /** Paragraphs that must be missing from the end for "cut the ending" (else "dropped ¶n"). */
  endingRun: 2,
} as const;

/** The order in which findings make tour steps: what changes a reader's picture most first. */
export const STEP_ORDER: readonly LessonId[] = [
  'credit-stripped',
  'source-dropped',
  'quote-altered',
  'quote-reattributed',
  'paraphrase',
  'quote-trimmed',
  'credit-added',
  'hedge',
  'number',
  'name',
  'paragraph-dropped',
  'paragraph-moved',
  'dateline',
  'source-added',
  'quote-dropped',
  'attribution',
  'paragraph-partial',
  'paragraph-added',
  'same-facts',
  'wording',
  'attribution-minor',
  'spelling',
  'typography',
];

/** How a step names a finding of each lesson. */
const STEP_TITLE: Record<LessonId, string> = {
  'credit-stripped': 'This reprint stripped a credit',
  'source-dropped': 'This reprint dropped a source',
  'quote-altered': 'A quotation was altered',
  'quote-reattributed': 'A quotation is credited to someone else',
  paraphrase: 'A quotation became a paraphrase',
  'quote-trimmed': 'A quotation was trimmed',
  hedge: 'A hedge changes how certain a claim sounds',
  number: 'A number changed',
  name: 'A name changed',
  'paragraph-dropped': 'This reprint dropped a paragraph',
  'credit-added': 'This reprint added a credit',
  'paragraph-moved': 'A paragraph moved',
  dateline: 'The dateline changed',
  'source-added': 'This reprint added a source',
  'quote-dropped': 'A quotation was dropped',
  'quote-added': 'This reprint added a quotation',
  attribution: 'An attribution changed',
  'paragraph-partial': 'A paragraph was cut short',
  'paragraph-added': 'This reprint added a paragraph',
  'same-facts': 'The same facts, in this report’s own words',
  wording: 'Words were changed',
  'attribution-minor': 'An attribution was restyled',
  spelling: 'Only the spelling changed here',
  typography: 'Only the typography changed here',
};

/** One step of the tour. */
export interface TourStep {
  pairIndex: number;
  /** Null for a republication with no change at all. */
  lesson: LessonId | null;
  title: string;
  /** An extra sentence computed from the story (who else disagrees, how much was cut). */
  note: string | null;
  /** The words the step points at, quoted; null for a step with nothing to point at. */
  example: Example | null;
}

const stepOf = (c: Comparison, pairIndex: number, f: Finding, title?: string): TourStep => {
  const pair = c.pairs[pairIndex] as Pair;
  return {
    pairIndex,
    lesson: f.lesson,
    title: title ?? STEP_TITLE[f.lesson],
    note: null,
    example: quoteFinding(c, pair, f),
  };
};

/** What a pair's steps are computed from. */
interface PairContext {
  c: Comparison;
  pairIndex: number;
  pair: Pair;
  findings: Finding[];
  /** Base blocks of a cut ending (a run of dropped paragraphs at the end), else empty. */
  ending: number[];
}

function endingOf(c: Comparison, pair: Pair): number[] {
  const compared = baseComparedBlocks(c);
  const dropped = new Set(pair.droppedBlocks);
  let run = 0;
  while (run < compared.length && dropped.has(compared[compared.length - 1 - run] as number)) run++;
  return run >= TOUR.endingRun ? compared.slice(compared.length - run) : [];
}

const inEnding = (x: PairContext, f: Finding): boolean => {
  const base = x.c.versions[x.c.base];
  return base !== undefined && f.base !== null && x.ending.includes(blockOf(base, f.base[0]));
};

// Sources lost with a cut ending are named in the ending's step, not one step each.
function sourceSteps(x: PairContext): TourStep[] {
  const others = remainingDissent(x.c, x.pair);
  return droppedSources(x.c, x.pair, x.findings)
    .filter((g) => !inEnding(x, g.first))
    .slice(0, TOUR.sourcesPerPair)
    .map((g) => {
      const name = g.first.attribution ? sourceName(g.first.attribution) : 'a source';
      const title = !g.dissent
        ? `This reprint dropped a source: ${name}`
        : others.length === 0
          ? `This reprint removed the only dissenting source: ${name}`
          : `This reprint removed a dissenting source: ${name}`;
      const gone = `${name} is not credited anywhere in this version.`;
      const note = !g.dissent
        ? gone
        : others.length === 0
          ? `${gone} No other source who disagrees is left. Read the original: was theirs the only objection?`
          : `${gone} Others who disagree are still there: ${others.join(', ')}.`;
      return { ...stepOf(x.c, x.pairIndex, g.first, title), note };
    });
}

// A cut ending is one step, the way sub-editors cut a story to fit; otherwise the first
// dropped paragraph is.
function droppedParagraphSteps(x: PairContext): TourStep[] {
  const drops = x.findings.filter((f) => f.lesson === 'paragraph-dropped');
  const base = x.c.versions[x.c.base];
  const first = x.ending[0];
  const last = x.ending[x.ending.length - 1];
  const f = drops.find((d) => d.blocks?.base[0] === first);
  if (base && f && first !== undefined && last !== undefined) {
    const span = `¶${paragraphNumber(base, first)}–¶${paragraphNumber(base, last)}`;
    const title = `This reprint cut the ending: the last ${x.ending.length} paragraphs (${span})`;
    const lost = droppedSources(x.c, x.pair, x.findings)
      .filter((g) => inEnding(x, g.first) && g.first.attribution)
      .map((g) => sourceName(g.first.attribution as AttributionEntry));
    const note =
      'Stories are often cut from the bottom to fit the space. What did those paragraphs tell the reader?' +
      (lost.length > 0 ? ` Sources lost with them: ${lost.join(', ')}.` : '');
    return [{ ...stepOf(x.c, x.pairIndex, f, title), note }];
  }
  return drops[0] ? [stepOf(x.c, x.pairIndex, drops[0])] : [];
}

/** The steps of one republication, most telling first, at most `limit`. */
export function pairSteps(c: Comparison, pairIndex: number, limit: number): TourStep[] {
  const pair = c.pairs[pairIndex];
  if (!pair) return [];
  const x: PairContext = { c, pairIndex, pair, findings: pairFindings(c, pair), ending: [] };
  x.ending = endingOf(c, pair);
  const steps: TourStep[] = [];
  for (const lesson of STEP_ORDER) {
    if (steps.length >= limit) break;
    if (lesson === 'source-dropped') steps.push(...sourceSteps(x));
    else if (lesson === 'paragraph-dropped') steps.push(...droppedParagraphSteps(x));
    else {
      const f = firstFinding(x.findings, lesson);
      if (f) steps.push(stepOf(c, pairIndex, f));
    }
  }
  if (steps.length === 0) {
    steps.push({
      pairIndex,
      lesson: null,
      title: 'This reprint kept every word of the original',
      note: 'Nothing was added, dropped, moved or reworded.',
      example: null,
    });
  }
  return steps.slice(0, limit);
}

/** The tour of a story: each republication's steps, in the comparison's order. */
export function tourSteps(c: Comparison): TourStep[] {
  return c.pairs.flatMap((_, i) => pairSteps(c, i, TOUR.stepsPerPair));
}
