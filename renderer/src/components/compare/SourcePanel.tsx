import type { ReactNode } from 'react';
import type { AttributionEntry, Pair, QuoteEntry } from '../../../../engine';
import { MINOR_HELP, minorChange, minorChangeLabel } from '../../compare/attribution-change';
import { STATUS_HELP } from '../../compare/model';
import { EntryActions, RemovedAttributions } from '../corrections/EntryActions';
import { PairCorrections } from '../corrections/PairCorrections';
import { CiteEntry } from '../export/Cite';

interface SourcePanelProps {
  pair: Pair;
  onPick: (entry: AttributionEntry | QuoteEntry) => void;
}

// 'minor' is a `changed` entry with a change kind (tense, honorific, order, moved): listed and
// counted apart from real changes, and dimmed.
const ATTR_ORDER = ['dropped', 'added', 'changed', 'minor', 'kept'] as const;
const ATTR_HEADING: Record<(typeof ATTR_ORDER)[number], string> = {
  dropped: 'dropped',
  added: 'added',
  changed: 'changed',
  minor: 'changed in wording only',
  kept: 'kept',
};
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
  minor,
  tools,
}: {
  entry: AttributionEntry | QuoteEntry;
  status: string;
  phrase: string;
  onPick: SourcePanelProps['onPick'];
  id: string;
  /** For a minor attribution change: its kind and its words. */
  minor?: { change: string; label: string };
  /** Notes and corrections of the entry (components/corrections/EntryActions.tsx). */
  tools?: ReactNode;
}) {
  const help = minor ? MINOR_HELP : (STATUS_HELP[status as keyof typeof STATUS_HELP] ?? status);
  return (
    <li
      className={minor ? 'source-item minor' : 'source-item'}
      data-status={status}
      data-change={minor?.change}
    >
      <button
        type="button"
        className="source-button"
        onClick={() => onPick(entry)}
        aria-describedby={id}
      >
        <span className={`badge sb-${status}`}>{status}</span>
        {minor ? <span className="source-change"> — {minor.label}</span> : null}
        <span className="source-phrase">{phrase}</span>
      </button>
      <span role="tooltip" id={id} className="badge-help">
        {help}
      </span>
      {tools}
      <CiteEntry entry={entry} kind={id.startsWith('quote-') ? 'quote' : 'attribution'} />
    </li>
  );
}

/** The pair's attributions and quotes grouped by what became of them. */
export function SourcePanel({ pair, onPick }: SourcePanelProps) {
  return (
    <aside className="source-panel" aria-label="Attributions and quotes">
      <h3>Attributions</h3>
      {ATTR_ORDER.map((st) => {
        const items = pair.attributions.filter((a) =>
          st === 'minor'
            ? minorChange(a) !== null
            : a.status === st && (st !== 'changed' || minorChange(a) === null),
        );
        if (items.length === 0) return null;
        const heading = ATTR_HEADING[st];
        return (
          <section key={st} className="source-group" aria-label={`Attributions ${heading}`}>
            <h4>
              {heading} <span className="muted">{items.length}</span>
            </h4>
            <ul>
              {items.map((a, i) => {
                const phrase =
                  a.status === 'changed'
                    ? `${a.base?.text ?? '—'} → ${a.version?.text ?? '—'}`
                    : ((a.version ?? a.base)?.text ?? '');
                const change = minorChange(a);
                return (
                  <Item
                    key={i}
                    entry={a}
                    status={a.status}
                    phrase={phrase}
                    onPick={onPick}
                    id={`attr-${st}-${i}`}
                    minor={change ? { change, label: minorChangeLabel(a, change) } : undefined}
                    tools={<EntryActions entry={a} kind="attribution" pair={pair} />}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}
      <RemovedAttributions pair={pair} />
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
                  tools={<EntryActions entry={q} kind="quote" pair={pair} />}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <PairCorrections pair={pair} />
    </aside>
  );
}
