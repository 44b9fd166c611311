// Counting for the development-set scores: one hit/total tally per metric, and the misses
// behind them (with a kind, so the report can say which kinds of misses dominate).

/** The metrics of issue 8's table, in its order. */
export const METRICS = [
  ['added', 'added attributions and credits found'],
  ['dropped', 'dropped attributions and credits found'],
  ['changed', 'changed attributions paired with their counterpart'],
  ['judged', 'base paragraphs judged kept or dropped correctly'],
  ['pairs', 'corresponding paragraph pairs found'],
  ['precision', '  (info) engine paragraph pairs that are in the truth'],
  ['derivation', 'derivation label right (derived or not)'],
  ['controls', 'independent reports left without spurious links'],
  ['quotesChanged', 'changed or dropped quotes found'],
  ['quotesPunct', 'quotes differing only in punctuation reported as unchanged'],
] as const;

/** A metric's key. */
export type MetricKey = (typeof METRICS)[number][0];

/** One missed truth item (or one wrong engine claim, for precision and controls). */
export interface Miss {
  metric: MetricKey;
  where: string;
  kind: string;
  detail: string;
}

/** Hits and totals per metric, the misses, and the count of base paragraphs left unjudged. */
export class Tally {
  readonly hit = new Map<MetricKey, number>();
  readonly total = new Map<MetricKey, number>();
  readonly misses: Miss[] = [];
  unjudged = 0;

  /** Counts one item of a metric; a miss is recorded with its kind and text. */
  count(metric: MetricKey, ok: boolean, miss?: Omit<Miss, 'metric'>): void {
    this.total.set(metric, (this.total.get(metric) ?? 0) + 1);
    if (ok) this.hit.set(metric, (this.hit.get(metric) ?? 0) + 1);
    else if (miss !== undefined) this.misses.push({ metric, ...miss });
  }

  /** "0.61  (11/18)", or "—" when the metric has no items. */
  cell(metric: MetricKey): string {
    const t = this.total.get(metric) ?? 0;
    if (t === 0) return '—';
    const h = this.hit.get(metric) ?? 0;
    return `${(h / t).toFixed(2)}  (${h}/${t})`;
  }
}

/** A rough kind for an attribution phrase, used only to group misses in the report. */
export function attributionKind(text: string): string {
  const rules: Array<[RegExp, string]> = [
    [/^\([A-Za-z]+\)$/, 'dateline credit'],
    [
      /originally|contributed|Copyright|©|news services|Source:|full story|writes the/,
      'credit line',
    ],
    [
      /photo|Photo|CC BY|Credit:|Flickr|\/[A-Z]|\bvia\b|^[A-Z .'-]+ (AFP|AP|REUTERS)$/,
      'photo credit',
    ],
    [/report|[Aa]ccording/, 'report / according to'],
    [/\bby\b| \/ |Writers?$/i, 'byline'],
    [/\b(said|says|say|told|stated|confirmed)\b/, 'speech (said, says, told…)'],
  ];
  return (
    rules.find(([re]) => re.test(text.trim()))?.[1] ?? 'name line (byline or pull-quote credit)'
  );
}
