// The evidence of a copy-chain claim: a short tooltip while the pointer or the keyboard rests
// on a version of the tree, and a panel that stays once it is clicked, listing every shared
// edit with a way to its words in the pair view.
import { useEffect, useRef } from 'react';
import {
  COPY_CHAIN_VIEW,
  clip,
  type ChainEvidence,
  type EvidenceEdit,
} from '../../compare/copy-chain';
import type { PairTarget } from '../../compare/usePairLayout';

/** The tooltip of the base, the root of the tree. */
export const ROOT_HELP =
  'The base: every other version is compared with it. Each version stands under the version it most likely copied.';

/** "2 shared edits", "no shared edit". */
const editCount = (n: number): string =>
  n === 0 ? 'no shared edit' : n === 1 ? '1 shared edit' : `${n} shared edits`;

/** The alternatives of a claim, when it has any: "Also fits: #3 The Tidewater Daily". */
function Alternatives({ ev, name }: { ev: ChainEvidence; name: (v: number) => string }) {
  const others = ev.candidates.slice(1);
  if (others.length === 0) return null;
  return <p className="chain-alternatives">Also fits: {others.map(name).join(', ')}</p>;
}

/** The hover and focus tooltip: the claim, its confidence and the evidence in brief. */
export function ChainTooltip({
  id,
  ev,
  name,
}: {
  id: string;
  ev: ChainEvidence | null;
  name: (v: number) => string;
}) {
  if (!ev) {
    return (
      <span role="tooltip" id={id} className="chain-tip">
        {ROOT_HELP}
      </span>
    );
  }
  const shown = ev.edits.slice(0, COPY_CHAIN_VIEW.tooltipEdits);
  const more = ev.edits.length - shown.length;
  return (
    <span role="tooltip" id={id} className="chain-tip">
      <span className="chain-tip-reason">{ev.reason}</span>
      <span className="chain-tip-line">
        <strong>{ev.confidence}</strong>: {ev.confidenceHelp}.
      </span>
      {ev.candidates.length > 1 ? (
        <span className="chain-tip-line">
          Also fits: {ev.candidates.slice(1).map(name).join(', ')}.
        </span>
      ) : null}
      <span className="chain-tip-line">
        {editCount(ev.edits.length)} with its source{ev.edits.length > 0 ? ':' : '.'}
      </span>
      {shown.map((e) => (
        <span key={e.index} className="chain-tip-edit">
          {clip(e.text)}
        </span>
      ))}
      {more > 0 ? (
        <span className="chain-tip-edit">and {more} more (click to list them)</span>
      ) : null}
      <span className="chain-tip-line">{ev.containment}</span>
      <span className="chain-tip-line">{ev.dates}</span>
    </span>
  );
}

/** One shared edit in the panel: a button to its words in the pair view. */
function EditButton({
  edit,
  onOpen,
}: {
  edit: EvidenceEdit;
  onOpen: (pairIndex: number, at: PairTarget) => void;
}) {
  const where = edit.kind === 'added' ? 'the added paragraph' : 'the dropped paragraph';
  return (
    <li>
      <button
        type="button"
        className="chain-edit"
        onClick={() => onOpen(edit.pairIndex, edit.at)}
        title={`Show ${where} in the pair view`}
      >
        <span className={`badge chain-edit-kind k-${edit.kind}`}>{edit.kind}</span>{' '}
        <span className="chain-edit-text">{clip(edit.text.replace(/^\w+ /, ''), 220)}</span>
        <span className="visually-hidden"> (show {where} in the pair view)</span>
      </button>
    </li>
  );
}

/** The panel that stays once a version of the tree is clicked. */
export function ChainPanel({
  title,
  ev,
  name,
  onOpen,
  onClose,
}: {
  title: string;
  ev: ChainEvidence;
  name: (v: number) => string;
  onOpen: (pairIndex: number, at: PairTarget) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  // A new claim pinned: its panel is read from the top.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [title]);
  return (
    <section
      ref={ref}
      className="chain-panel"
      aria-labelledby="chain-panel-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="chain-panel-head">
        <h4 id="chain-panel-title">{title}</h4>
        <button type="button" className="small-button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="chain-panel-reason">{ev.reason}</p>
      <p>
        <strong className="chain-panel-confidence">{ev.confidence}</strong>: {ev.confidenceHelp}.
      </p>
      <Alternatives ev={ev} name={name} />
      <p>{ev.containment}</p>
      <p>{ev.dates}</p>
      <h5>Shared edits with its source ({ev.edits.length})</h5>
      {ev.edits.length === 0 ? (
        <p className="muted">
          {ev.fromBase
            ? 'None: its source is the base itself, so no edit against the base can show it.'
            : 'None: no addition or omission is shared with the source and missing from the base.'}
        </p>
      ) : (
        <ul className="chain-edits">
          {ev.edits.map((e) => (
            <EditButton key={e.index} edit={e} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
