// The story's notes on findings, in one list: each with the words it is on, where they are
// (#n ¶m), and whether it is still on its finding. A click opens the pair at the finding; a
// detached note (its words or its version are gone) is listed with its words, never dropped.
// Each can be edited or deleted here.
import { useState } from 'react';
import { paragraphAt, type PlacedNote } from '../../../../engine';
import type { PairTarget } from '../../compare/usePairLayout';
import { useAnnotationsContext } from './AnnotationsContext';
import { NoteForm } from './NoteForm';
import type { Annotations, NoteItem } from './useAnnotations';

const PLACEMENT: Record<PlacedNote['status'], string> = {
  attached: '',
  text: 'the engine no longer reports this finding here',
  detached: 'detached: its words are no longer in the story',
};

interface NotesPanelProps {
  onOpen: (pairIndex: number, at: PairTarget) => void;
}

/** Where a placed note opens: its pair, at its paragraph (and source, on the base side). */
function targetOf(a: Annotations, p: PlacedNote, n: NoteItem) {
  const f = p.findings[0];
  const cmp = a.loaded?.comparison;
  if (!f || !p.at || !cmp) return null;
  const at0 = p.at;
  const blocks = cmp.versions[at0.index]?.blocks ?? [];
  const block = blocks.findIndex((b) => at0.start >= b.start && at0.start < b.end);
  const source =
    f.side === 'base' && (n.kind === 'attribution' || n.kind === 'quote')
      ? { kind: n.kind, start: at0.start }
      : undefined;
  const at: PairTarget = f.side === 'base' ? { base: block, source } : { version: block };
  return { pair: f.pair, at };
}

/** Where a note's words are now, as people cite them: "#3 ¶5". */
function whereOf(a: Annotations, p: PlacedNote | undefined): string {
  const v = p?.at ? a.loaded?.comparison.versions[p.at.index] : undefined;
  if (!v || !p?.at) return '';
  return `#${v.number ?? p.at.index + 1} ¶${paragraphAt(v, p.at.start) ?? '?'}`;
}

function NoteEntry({
  a,
  n,
  p,
  onOpen,
}: { a: Annotations; n: NoteItem; p?: PlacedNote } & NotesPanelProps) {
  const [editing, setEditing] = useState(false);
  const go = p ? targetOf(a, p, n) : null;
  // Not placed yet (the comparison is still loading): say nothing rather than “detached”.
  const status = p ? PLACEMENT[p.status] : '';
  return (
    <li className="finding-note" data-status={p?.status ?? 'unplaced'}>
      <button
        type="button"
        className="finding-note-open"
        disabled={!go}
        onClick={() => go && onOpen(go.pair, go.at)}
      >
        <span className="finding-note-kind">
          {n.kind} {whereOf(a, p)}
        </span>{' '}
        <q className="finding-note-words">{n.anchor.text}</q>
      </button>
      {editing ? (
        <NoteForm
          initial={n.body}
          onSave={(body) => a.editNote(n.id, body).then((ok) => (setEditing(!ok), ok))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="finding-note-body">{n.body}</p>
      )}
      {status ? <p className="muted finding-note-status">{status}</p> : null}
      <p className="finding-note-actions">
        <button type="button" className="link-button" onClick={() => setEditing(!editing)}>
          {editing ? 'Cancel' : 'Edit note'}
        </button>{' '}
        <button type="button" className="link-button" onClick={() => void a.removeNote(n.id)}>
          Delete note
        </button>
      </p>
    </li>
  );
}

/** Every note on a finding of the story. */
export function NotesPanel({ onOpen }: NotesPanelProps) {
  const a = useAnnotationsContext();
  if (!a || a.notes.length === 0) return null;
  return (
    <div className="finding-notes">
      <h3>
        Notes on findings <span className="muted">{a.notes.length}</span>
      </h3>
      <ul>
        {a.notes.map((n, i) => (
          <NoteEntry key={n.id} a={a} n={n} p={a.placed[i]} onOpen={onOpen} />
        ))}
      </ul>
    </div>
  );
}
