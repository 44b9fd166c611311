// The words of the pair view's change counter. It counts next/previous stops and says what
// they are, in the numbers the filter chips and the panel use (findings.ts): "6 of 44
// meaningful changes · typography and spelling skipped", then what the 44 hold ("20
// attribution, 14 quote, 11 wording; 23 dropped and 2 added paragraphs").
import type { ChangeClass } from '../../../engine';
import { CLASSES, type PairFindings } from './findings';
import { skipped, type Filters, type NavStop } from './marks';

/** What the stops hold, and what the filters leave out of them. */
export interface StopSummary {
  total: number;
  /** Findings per class among the stops, in CLASSES order, zero counts left out. */
  byClass: { cls: ChangeClass; count: number }[];
  dropped: number;
  added: number;
  /** Shown classes passed over while dimmed, with their findings (zero counts left out). */
  skipped: { cls: ChangeClass; count: number }[];
  /** Stops in folded rows (page furniture, "changes only"), not counted in total. */
  folded: number;
}

/** Sums a pair's stops for the counter. */
export function summarize(
  stops: NavStop[],
  found: PairFindings,
  filters: Filters,
  folded: number,
): StopSummary {
  const n = (cls: NavStop['cls']): number => stops.filter((s) => s.cls === cls).length;
  return {
    total: stops.length,
    byClass: CLASSES.map((cls) => ({ cls, count: n(cls) })).filter((x) => x.count > 0),
    dropped: n('dropped'),
    added: n('added'),
    skipped: CLASSES.filter((cls) => !filters.hidden.has(cls) && skipped(filters, cls))
      .map((cls) => ({ cls, count: found.counts[cls] }))
      .filter((x) => x.count > 0),
    folded,
  };
}

/** "a", "a and b", "a, b and c". */
function list(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The counter's sentence: where you are among the stops, and which classes were skipped. */
export function counterText(s: StopSummary, current: number): string {
  const noun = s.skipped.length > 0 ? 'meaningful change' : 'change';
  const count =
    current >= 0
      ? `${current + 1} of ${plural(s.total, noun, `${noun}s`)}`
      : plural(s.total, noun, `${noun}s`);
  if (s.skipped.length === 0) return count;
  return `${count} · ${list(s.skipped.map((x) => x.cls))} skipped`;
}

/** What the stops are made of, in the chips' numbers, and what was left out. */
export function counterDetail(s: StopSummary): string {
  const parts: string[] = [];
  if (s.byClass.length > 0) parts.push(list(s.byClass.map((x) => `${x.count} ${x.cls}`)));
  const paras: string[] = [];
  if (s.dropped > 0) paras.push(`${s.dropped} dropped`);
  if (s.added > 0) paras.push(`${s.added} added`);
  if (paras.length > 0)
    parts.push(`${list(paras)} ${s.dropped + s.added === 1 ? 'paragraph' : 'paragraphs'}`);
  const out = [parts.length > 0 ? `Counting ${parts.join('; ')}.` : 'No changes to step through.'];
  if (s.skipped.length > 0)
    out.push(
      `Skipped while dimmed: ${list(s.skipped.map((x) => `${x.count} ${x.cls}`))}; uncheck “dim spelling and typography” to step through them.`,
    );
  if (s.folded > 0)
    out.push(`${plural(s.folded, 'change is', 'changes are')} in folded rows and not counted.`);
  return out.join(' ');
}
