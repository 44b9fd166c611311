// One story proposal on the review screen: the presumed original and why, every article with
// its outlet, title, date, containment both ways and derivation (MemberTable), and the four
// decisions (ProposalActions): accept, split, merge, dismiss. Nothing moves before Accept.
import { useState } from 'react';
import { formatPublished } from '../../lib/format';
import { memberName, reasonWords, sourceWords, type Proposal } from './grouping-words';
import { MemberTable } from './MemberTable';
import { ProposalActions } from './ProposalActions';

interface ProposalCardProps {
  proposal: Proposal;
  /** Other proposals to merge with. */
  others: { id: number; label: string }[];
  /** True while any review action runs. */
  busy: boolean;
  onAccept: () => void;
  onSplit: (versionIds: number[], to: 'new-proposal' | 'unsorted') => void;
  onMerge: (otherId: number) => void;
  onDismiss: () => void;
}

/** A proposal card (see the header). */
export function ProposalCard(props: ProposalCardProps) {
  const { proposal: p, busy } = props;
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const original = p.members.find((m) => m.isOriginal);
  const headingId = `proposal-${p.id}-title`;
  const tick = (id: number, on: boolean) =>
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="proposal-card" aria-labelledby={headingId} data-proposal={p.id}>
      <header className="proposal-head">
        <h2 id={headingId} className="proposal-title">
          {p.title}
        </h2>
        <span className="badge">
          {p.members.length} articles · {sourceWords(p.source)}
        </span>
      </header>
      <div className="proposal-why">
        <p>
          <strong>Presumed original:</strong> {original ? memberName(original) : '—'}
          {original?.published ? `, ${formatPublished(original.published)}` : ''}
        </p>
        <ul className="proposal-reasons">
          {p.reasons.map((r) => (
            <li key={`${r.kind}:${r.text}`}>{reasonWords(r)}</li>
          ))}
        </ul>
      </div>
      <MemberTable proposal={p} ticked={ticked} busy={busy} onTick={tick} />
      <ProposalActions
        title={p.title}
        ticked={ticked.size}
        size={p.members.length}
        others={props.others}
        busy={busy}
        onAccept={props.onAccept}
        onSplit={(to) => {
          props.onSplit([...ticked], to);
          setTicked(new Set());
        }}
        onMerge={props.onMerge}
        onDismiss={props.onDismiss}
      />
      {ticked.size > 0 ? (
        <p className="muted small" role="status">
          {ticked.size} selected. A new proposal needs two articles or more; at least one must stay.
        </p>
      ) : null}
    </section>
  );
}
