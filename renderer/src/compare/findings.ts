// The findings of one pair, each with exactly one class: the one thing the filter chips, the
// change counter, next/previous, the change strip and the panel headings all count.
//
// A finding is either an attribution or quote of the panel that is not kept/identical, or a
// word change of the text that no such entry covers. An entry covers the word changes whose
// non-empty range overlaps its span on either side; those changes are parts of the entry's
// finding, not findings of their own, and their marks take the entry's class ("a new report"
// → "a report" is one changed attribution, not also a wording change). Where an entry differs
// only in typography or spelling ("BEIJING —" → "Beijing :", a quote respelt), the entry and
// its marks say typography (or spelling): one finding, one class. Covered changes of the other
// kind stay findings of their own (a straightened apostrophe inside a reworded attribution is
// typography). Dropped and added paragraphs are not findings of a class: next/previous stops
// at them too, and the counter says how many.
//
// A finding is minor when its class is (spelling, typography) or when it is a changed
// attribution the engine calls minor (tense, honorific, name-form, order, moved: the same
// source and verb, only the wording of the credit changed; the panel's "changed in wording
// only"). Such an attribution keeps class attribution (the chips and headings count it
// there), but it, its entry mark and its word changes are minor: drawn dimmed and skipped by
// next/previous while "dim minor changes" is on, exactly as the panel dims it.
import type { AttributionEntry, ChangeClass, Pair, QuoteEntry } from '../../../engine';
import { minorChange } from './attribution-change';
import { isMinorQuote } from './model';

/** Every change class, in the order the filters list them. */
export const CLASSES: ChangeClass[] = [
  'wording',
  'number',
  'name',
  'attribution',
  'quote',
  'hedge',
  'spelling',
  'typography',
];

/** Minor classes: dimmed by default, and skipped by next/previous while dimmed (a finding of
 * another class can be minor too: see Finding.minor). */
export const MINOR = new Set<ChangeClass>(['typography', 'spelling']);

/** Where a finding is: the panel entry it is, and the word changes it is made of. */
export interface Finding {
  /** `w:<link>:<change>` for a word change, `a:<i>` / `q:<i>` for an attribution / quote. */
  id: string;
  cls: ChangeClass;
  entry?: { kind: 'attribution' | 'quote'; index: number };
  /** Ids (`<link>:<change>`) of the word changes that belong to it, in text order. */
  changes: string[];
  /** Dimmed and skipped while minor changes are dimmed (see the header). */
  minor: boolean;
}

/** A pair's findings, the class every word change is shown with, and the counts per class. */
export interface PairFindings {
  findings: Finding[];
  /** Class shown for each word change (its own, or the class of the entry covering it). */
  classOf: Map<string, ChangeClass>;
  /** Ids of the word changes that belong to a minor finding (drawn dimmed while dimming). */
  minorChanges: Set<string>;
  counts: Record<ChangeClass, number>;
  /** The same counts split by where the findings are listed: the text, or the panel. */
  bySource: Record<ChangeClass, { text: number; attribution: number; quote: number }>;
}

type Range = [number, number] | null;
type Span = { start: number; end: number } | null;

const overlaps = (r: Range, s: Span): boolean =>
  !!r && !!s && r[1] > r[0] && r[0] < s.end && s.start < r[1];

interface WordChange {
  id: string;
  cls: ChangeClass;
  base: Range;
  version: Range;
  order: number;
}

function wordChanges(pair: Pair): WordChange[] {
  return pair.links.flatMap((l, li) =>
    l.changes.map((ch, ci) => ({
      id: `${li}:${ci}`,
      cls: ch.class,
      base: ch.base,
      version: ch.version,
      order: ch.version?.[0] ?? ch.base?.[0] ?? 0,
    })),
  );
}

/** The minor class (spelling beats typography) of changes that are all minor, else null. */
function minorClassOf(changes: WordChange[]): ChangeClass | null {
  if (changes.length === 0 || !changes.every((w) => MINOR.has(w.cls))) return null;
  return changes.some((w) => w.cls === 'spelling') ? 'spelling' : 'typography';
}

/** The class of an attribution entry's finding, given the word changes it covers. */
function attributionClass(a: AttributionEntry, covered: WordChange[]): ChangeClass {
  if (minorChange(a) === 'typography') return 'typography';
  return (a.status === 'changed' && minorClassOf(covered)) || 'attribution';
}

/** True for an attribution finding the panel calls changed in wording only. */
function minorAttribution(a: AttributionEntry, cls: ChangeClass): boolean {
  const kind = minorChange(a);
  return cls === 'attribution' && kind !== null && kind !== 'typography';
}

/** The class of a quote entry's finding: its minor status, or quote. */
function quoteClass(q: QuoteEntry): ChangeClass {
  return isMinorQuote(q) ? (q.status as ChangeClass) : 'quote';
}

/** True for an entry that is a finding (anything but kept or identical). */
function changedEntry(e: AttributionEntry | QuoteEntry): boolean {
  return e.status !== 'kept' && e.status !== 'identical';
}

/** Computes the findings of a pair (pure; memoize per pair). */
export function pairFindings(pair: Pair): PairFindings {
  const words = wordChanges(pair);
  const claimed = new Set<string>();
  const classOf = new Map<string, ChangeClass>(words.map((w) => [w.id, w.cls]));
  const minorChanges = new Set<string>(words.filter((w) => MINOR.has(w.cls)).map((w) => w.id));
  const findings: Finding[] = [];
  const claim = (
    kind: 'attribution' | 'quote',
    index: number,
    e: AttributionEntry | QuoteEntry,
    classify: (covered: WordChange[]) => ChangeClass,
    minorIf: (cls: ChangeClass) => boolean = () => false,
  ): void => {
    const covered = words.filter(
      (w) => !claimed.has(w.id) && (overlaps(w.base, e.base) || overlaps(w.version, e.version)),
    );
    const cls = classify(covered);
    // A minor finding takes only minor changes; a real one only real ones (see the header).
    const parts = covered.filter((w) => MINOR.has(w.cls) === MINOR.has(cls));
    const minor = MINOR.has(cls) || minorIf(cls);
    for (const w of parts) {
      claimed.add(w.id);
      classOf.set(w.id, cls);
      if (minor) minorChanges.add(w.id);
    }
    const id = `${kind === 'attribution' ? 'a' : 'q'}:${index}`;
    findings.push({ id, cls, entry: { kind, index }, changes: parts.map((w) => w.id), minor });
  };
  pair.attributions.forEach((a, i) => {
    if (changedEntry(a))
      claim(
        'attribution',
        i,
        a,
        (cov) => attributionClass(a, cov),
        (cls) => minorAttribution(a, cls),
      );
  });
  pair.quotes.forEach((q, i) => {
    if (changedEntry(q)) claim('quote', i, q, () => quoteClass(q));
  });
  for (const w of words) {
    if (!claimed.has(w.id))
      findings.push({ id: `w:${w.id}`, cls: w.cls, changes: [w.id], minor: MINOR.has(w.cls) });
  }
  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<ChangeClass, number>;
  const bySource = Object.fromEntries(
    CLASSES.map((c) => [c, { text: 0, attribution: 0, quote: 0 }]),
  ) as PairFindings['bySource'];
  for (const f of findings) {
    counts[f.cls] += 1;
    bySource[f.cls][f.entry?.kind ?? 'text'] += 1;
  }
  return { findings, classOf, minorChanges, counts, bySource };
}
