// The decisions on a proposal (ProposalCard): accept, split the ticked articles (into a new
// proposal, or back to the unsorted ones), merge with another proposal, dismiss.
import { useState } from 'react';

interface ProposalActionsProps {
  title: string;
  /** How many articles are ticked, and how many the proposal has. */
  ticked: number;
  size: number;
  others: { id: number; label: string }[];
  busy: boolean;
  onAccept: () => void;
  onSplit: (to: 'new-proposal' | 'unsorted') => void;
  onMerge: (otherId: number) => void;
  onDismiss: () => void;
}

/** The action row of a proposal card. */
export function ProposalActions(props: ProposalActionsProps) {
  const { title, ticked, busy } = props;
  const [mergeWith, setMergeWith] = useState<number | null>(null);
  const all = ticked === props.size;
  const target = mergeWith ?? props.others[0]?.id ?? null;
  return (
    <div className="proposal-actions">
      <button type="button" className="button primary" disabled={busy} onClick={props.onAccept}>
        Accept as a story
      </button>
      <div className="proposal-split" role="group" aria-label={`Split “${title}”`}>
        <button
          type="button"
          className="button"
          disabled={busy || ticked < 2 || all}
          onClick={() => props.onSplit('new-proposal')}
        >
          Split selected into a new proposal
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || ticked === 0 || all}
          onClick={() => props.onSplit('unsorted')}
        >
          Leave selected unsorted
        </button>
      </div>
      {props.others.length > 0 ? (
        <div className="proposal-merge" role="group" aria-label={`Merge “${title}”`}>
          <label>
            <span>Merge with</span>
            <select
              aria-label="Proposal to merge with"
              value={target ?? ''}
              disabled={busy}
              onChange={(e) => setMergeWith(Number(e.target.value))}
            >
              {props.others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button"
            disabled={busy || target === null}
            onClick={() => target !== null && props.onMerge(target)}
          >
            Merge
          </button>
        </div>
      ) : null}
      <button
        type="button"
        className="button danger-outline"
        disabled={busy}
        onClick={props.onDismiss}
      >
        Dismiss
      </button>
    </div>
  );
}
