// The words of the pair view's change counter. It counts next/previous stops and says what
// they are, in the numbers the filter chips and the panel use (findings.ts): "6 of 44
// meaningful changes · spelling, typography and minor attribution wording skipped", then
// what the 44 hold ("20 attribution, 14 quote, 11 wording; 23 dropped and 2 added
// paragraphs; 5 passages with the same facts in independent wording"). Minor attributions (findings.ts) are counted as attribution by the chips but
// skipped while dimmed, so the counter names them apart.
import type { ChangeClass } from '../../../engine';
import { CLASSES, type PairFindings } from './findings';
import { skippedFinding, type Filters, type NavStop } from './marks';

/** The words for skipped minor attribution findings (class attribution, minor kind). */
const MINOR_ATTRIBUTION = 'minor attribution wording';

/** The checkbox that dims minor changes, as FilterBar labels it. */
export const DIM_LABEL = 'dim minor changes';

/** What the stops hold, and what the filters leave out of them. */
export interface StopSummary {
  total: number;
  /** Findings per class among the stops, in CLASSES order, zero counts left out. */
  byClass: { cls: ChangeClass; count: number }[];
  dropped: number;
  added: number;
  /** "Same facts, independent wording" rows (correspondence.ts). */
  corresponding: number;
  /** What was passed over while dimmed, with its findings (zero counts left out): the minor
   * classes by name, then minor attribution wording. */
  skipped: { what: string; count: number }[];
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
    corresponding: n('corresponding'),
    skipped: skippedFindings(found, filters),
    folded,
  };
}

/** The shown findings passed over while dimmed, grouped under the words the counter uses. */
function skippedFindings(found: PairFindings, filters: Filters): StopSummary['skipped'] {
  const count = new Map<string, number>();
  for (const f of found.findings) {
    if (filters.hidden.has(f.cls) || !skippedFinding(filters, f)) continue;
    const what = f.cls === 'attribution' ? MINOR_ATTRIBUTION : f.cls;
    count.set(what, (count.get(what) ?? 0) + 1);
  }
  const order = [...CLASSES.filter((c) => c !== 'attribution'), MINOR_ATTRIBUTION];
  return order.flatMap((what) => {
    const n = count.get(what) ?? 0;
    return n > 0 ? [{ what, count: n }] : [];
  });
}

/** What was skipped, for the counter and its button: "spelling, typography and …". */
export function skippedWords(s: StopSummary): string {
  return list(s.skipped.map((x) => x.what));
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
  return `${count} · ${skippedWords(s)} skipped`;
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
  if (s.corresponding > 0)
    parts.push(
      `${plural(s.corresponding, 'passage', 'passages')} with the same facts in independent wording`,
    );
  const out = [parts.length > 0 ? `Counting ${parts.join('; ')}.` : 'No changes to step through.'];
  if (s.skipped.length > 0)
    out.push(
      `Skipped while dimmed: ${list(s.skipped.map((x) => `${x.count} ${x.what}`))}; uncheck “${DIM_LABEL}” to step through them.`,
    );
  if (s.folded > 0)
    out.push(`${plural(s.folded, 'change is', 'changes are')} in folded rows and not counted.`);
  return out.join(' ');
}
