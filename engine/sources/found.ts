// Shapes shared by attribution finding and quotation extraction. They live one level below
// both modules so neither imports the other's types: attributions-find.ts needs quotation
// ranges (a cue inside a quotation is no credit) and quotes-extract.ts needs attributions
// (a quotation's speaker), which made an import circle when each held its own type.

import type { AttributionKind, AttributionSpan } from '../types.js';

/** An attribution found in a version, with what the pairing needs. */
export interface FoundAttribution extends AttributionSpan {
  kind: AttributionKind;
  rule: string;
  block: number;
  /** Content words of the attributed sentence, the attribution's own words left out. */
  context: ReadonlySet<string>;
  /** A dateline's agency credit ("AFP" in "PARIS (AFP) —"): a dateline kept needs the same. */
  credit?: string;
}

/** A quotation's offsets: [outerStart, outerEnd, start, end] (marks, then words inside). */
export type QuoteRange = [number, number, number, number];
