import type { Quoted } from '../../teach/excerpt';

interface QuotedWordsProps {
  /** "Port Ellis Gazette" */
  who: string;
  q: Quoted | null;
}

/**
 * A finding's exact words in one version, with a few words of context and the paragraph
 * number: what a student can find on the page. An empty range (words inserted on the other
 * side) shows where the words would stand.
 */
export function QuotedWords({ who, q }: QuotedWordsProps) {
  if (!q) {
    return (
      <p className="teach-quote is-missing">
        <span className="teach-quote-who">{who}</span> has nothing here.
      </p>
    );
  }
  return (
    <p className="teach-quote">
      <span className="teach-quote-who">
        {who}, ¶{q.para}:
      </span>{' '}
      <q className="teach-quote-text">
        {q.cutBefore ? '… ' : ''}
        {q.before}
        {q.words ? (
          <mark className="teach-words">
            {q.words}
            {q.cutWords ? ' …' : ''}
          </mark>
        ) : (
          <mark
            className="teach-gap"
            title="nothing here: the words stand only in the other version"
          >
            ‸
          </mark>
        )}
        {q.after}
        {q.cutAfter ? ' …' : ''}
      </q>
    </p>
  );
}
