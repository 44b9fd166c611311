import { useMemo, type ReactNode } from 'react';
import type { AttributionEntry, ChangeClass, Pair, QuoteEntry } from '../../../../engine';
import { MINOR_HELP, minorChange, minorChangeLabel } from '../../compare/attribution-change';
import { MINOR, pairFindings, type PairFindings } from '../../compare/findings';
import { STATUS_HELP } from '../../compare/model';
import { EntryActions, RemovedAttributions } from '../corrections/EntryActions';
import { PairCorrections } from '../corrections/PairCorrections';
import { CiteEntry } from '../export/Cite';
import { quotePhrase } from './quote-phrase';
import { SourceWho } from './SourceWho';

interface SourcePanelProps {
  pair: Pair;
  onPick: (entry: AttributionEntry | QuoteEntry) => void;
}

// 'minor' is a `changed` entry with a change kind (tense, honorific, order, moved): listed and
// counted apart from real changes, and dimmed. 'style' is a changed entry whose finding is
// typography or spelling (findings.ts: "BEIJING —" → "Beijing :"), counted in that class.
const ATTR_ORDER = ['dropped', 'added', 'changed', 'minor', 'style', 'kept'] as const;
type AttrGroup = (typeof ATTR_ORDER)[number];
const ATTR_HEADING: Record<AttrGroup, string> = {
  dropped: 'dropped',
  added: 'added',
  changed: 'changed',
  minor: 'changed in wording only',
  style: 'changed in typography or spelling only',
  kept: 'kept',
};

/** The panel group of an attribution, given the class of its finding. */
function attrGroup(a: AttributionEntry, cls: ChangeClass | null): AttrGroup {
  if (cls !== null && MINOR.has(cls)) return 'style';
  if (a.status === 'changed' && minorChange(a) !== null) return 'minor';
  return a.status;
}

/** The class of each changed attribution or quote's finding (findings.ts). */
function entryClasses(
  pair: Pair,
  found: PairFindings,
): Map<AttributionEntry | QuoteEntry, ChangeClass> {
  const out = new Map<AttributionEntry | QuoteEntry, ChangeClass>();
  for (const f of found.findings) {
    if (!f.entry) continue;
    const e = (f.entry.kind === 'attribution' ? pair.attributions : pair.quotes)[f.entry.index];
    if (e) out.set(e, f.cls);
  }
  return out;
}

/** "20 attribution changes", the number the attribution chip shows. */
function classTotal(found: PairFindings, cls: ChangeClass, kind: 'attribution' | 'quote'): string {
  const n = found.bySource[cls][kind];
  return `${n} ${cls} ${n === 1 ? 'change' : 'changes'}`;
}
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
  cls,
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
  /** The class of the entry's finding, as the chips count it; none when unchanged. */
  cls?: ChangeClass;
}) {
  const help = minor ? MINOR_HELP : (STATUS_HELP[status as keyof typeof STATUS_HELP] ?? status);
  return (
    <li
      className={minor ? 'source-item minor' : 'source-item'}
      data-status={status}
      data-class={cls}
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
        <SourceWho entry={entry} />
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
  // The same findings the chips and the counter count (PairView's layout holds an equal copy).
  const found = useMemo(() => pairFindings(pair), [pair]);
  const clsOf = useMemo(() => entryClasses(pair, found), [pair, found]);
  return (
    <aside className="source-panel" aria-label="Attributions and quotes">
      <h3>
        Attributions{' '}
        <span className="muted class-total" data-class="attribution">
          {classTotal(found, 'attribution', 'attribution')}
        </span>
      </h3>
      {ATTR_ORDER.map((st) => {
        const items = pair.attributions.filter((a) => attrGroup(a, clsOf.get(a) ?? null) === st);
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
                    cls={clsOf.get(a)}
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
      <h3>
        Quotes{' '}
        <span className="muted class-total" data-class="quote">
          {classTotal(found, 'quote', 'quote')}
        </span>
      </h3>
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
                  phrase={quotePhrase(q)}
                  onPick={onPick}
                  id={`quote-${st}-${i}`}
                  cls={clsOf.get(q)}
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
