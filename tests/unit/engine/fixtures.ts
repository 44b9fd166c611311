// Small hand-written news fixtures for the engine tests (our own text, not the seeds).
import { compare } from '../../../engine/index.js';
import type { Comparison, Pair } from '../../../engine/types.js';

/** Paragraphs of an invented story about a harbor dredging contract. */
export const P = [
  'The harbor authority approved a $35,000,000 dredging contract on Monday, ending a two-year dispute with shipping companies over silt in the north channel.',
  'Board chair Elena Marsh said the work would begin in March and take about eighteen months to finish.',
  'Environmental groups had warned that dredging could disturb contaminated sediment left by a paint factory that closed in 1987.',
  '“We will monitor the city’s water every week, and we will publish the results,” Marsh said.',
  'The contract went to Baltic Marine Works, which underbid three rivals by nearly 12%.',
  'Shipping companies welcomed the decision, saying larger vessels had been turned away for months.',
  'Critics on the city council called the vote rushed and asked for an independent audit of the bidding process.',
];

/** Joins paragraphs with blank lines. */
export const text = (ps: readonly string[]): string => ps.join('\n\n');

/** Compares two texts with the first as base; returns the comparison and its one pair. */
export function pairOf(a: string, b: string, options = {}): { c: Comparison; p: Pair } {
  const c = compare(
    [
      { id: 'a', text: a },
      { id: 'b', text: b },
    ],
    { base: 0, ...options },
  );
  const p = c.pairs[0];
  if (p === undefined) throw new Error('no pair');
  return { c, p };
}

/** The changes of a pair as readable tuples: [op, class, base text, version text]. */
export function changesOf(c: Comparison, p: Pair): Array<[string, string, string, string]> {
  const a = c.versions[c.base]?.text ?? '';
  const b = c.versions[p.version]?.text ?? '';
  return p.links.flatMap((l) =>
    l.changes.map(
      (ch) =>
        [ch.op, ch.class, a.slice(...(ch.base ?? [0, 0])), b.slice(...(ch.version ?? [0, 0]))] as [
          string,
          string,
          string,
          string,
        ],
    ),
  );
}
