import type { AttributionEntry, Pair, QuoteEntry } from '../../../../engine';
import { STATUS_HELP } from '../../compare/model';

interface SourcePanelProps {
  pair: Pair;
  onPick: (entry: AttributionEntry | QuoteEntry) => void;
}

const ATTR_ORDER = ['dropped', 'added', 'changed', 'kept'] as const;
const QUOTE_ORDER = [
  'altered',
  'trimmed',
  'spelling',
  'typography',
  'paraphrased',
  'reattributed',
  'dropped',
  'added',
  'identical',
] as const;

function Item({
  entry,
  status,
  phrase,
  onPick,
  id,
}: {
  entry: AttributionEntry | QuoteEntry;
  status: string;
  phrase: string;
  onPick: SourcePanelProps['onPick'];
  id: string;
}) {
  const help = STATUS_HELP[status as keyof typeof STATUS_HELP] ?? status;
  return (
    <li className="source-item" data-status={status}>
      <button
        type="button"
        className="source-button"
        onClick={() => onPick(entry)}
        aria-describedby={id}
      >
        <span className={`badge sb-${status}`}>{status}</span>
        <span className="source-phrase">{phrase}</span>
      </button>
      <span role="tooltip" id={id} className="badge-help">
        {help}
      </span>
    </li>
  );
}

/** The pair's attributions and quotes grouped by what became of them. */
export function SourcePanel({ pair, onPick }: SourcePanelProps) {
  return (
    <aside className="source-panel" aria-label="Attributions and quotes">
      <h3>Attributions</h3>
      {ATTR_ORDER.map((st) => {
        const items = pair.attributions.filter((a) => a.status === st);
        if (items.length === 0) return null;
        return (
          <section key={st} className="source-group" aria-label={`Attributions ${st}`}>
            <h4>
              {st} <span className="muted">{items.length}</span>
            </h4>
            <ul>
              {items.map((a, i) => {
                const phrase =
                  a.status === 'changed'
                    ? `${a.base?.text ?? '—'} → ${a.version?.text ?? '—'}`
                    : ((a.version ?? a.base)?.text ?? '');
                return (
                  <Item
                    key={i}
                    entry={a}
                    status={st}
                    phrase={phrase}
                    onPick={onPick}
                    id={`attr-${st}-${i}`}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}
      <h3>Quotes</h3>
      {QUOTE_ORDER.map((st) => {
        const items = pair.quotes.filter((q) => q.status === st);
        if (items.length === 0) return null;
        return (
          <section key={st} className="source-group" aria-label={`Quotes ${st}`}>
            <h4>
              {st} <span className="muted">{items.length}</span>
            </h4>
            <ul>
              {items.map((q, i) => (
                <Item
                  key={i}
                  entry={q}
                  status={st}
                  phrase={`“${(q.version ?? q.base)?.text ?? ''}”`}
                  onPick={onPick}
                  id={`quote-${st}-${i}`}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
