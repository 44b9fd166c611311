// How the panel writes a quotation: in quotation marks, except a paraphrase, which is reported
// speech (the version's own sentence), so marks would claim words nobody said.
import type { QuoteEntry } from '../../../../engine';

/** The quotation as the panel shows it. */
export function quotePhrase(q: Pick<QuoteEntry, 'status' | 'base' | 'version'>): string {
  const text = (q.version ?? q.base)?.text ?? '';
  return q.status === 'paraphrased' ? text : `“${text}”`;
}
