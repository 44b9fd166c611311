// Tools on one attribution or quote of the pair's source panel: write a note on it, correct it
// ("not an attribution", "it was dropped, not kept"…), and, once corrected, say so with an
// undo. The words are named by offsets only; the backend reads them from the library.
import { useState } from 'react';
import type { AttributionEntry, Pair, QuoteEntry } from '../../../../engine';
import { useAnnotationsContext } from '../notes/AnnotationsContext';
import { NoteForm } from '../notes/NoteForm';
import type { Annotations } from '../notes/useAnnotations';
import type { LoadedComparison } from '../../compare/useComparison';

type Status = AttributionEntry['status'];
type Side = 'base' | 'version';
const STATUSES: Status[] = ['kept', 'added', 'dropped', 'changed'];

interface EntryActionsProps {
  entry: AttributionEntry | QuoteEntry;
  kind: 'attribution' | 'quote';
  pair: Pair;
}

/** The side to anchor on: the one the status keeps (a dropped source has only its base). */
function sideFor(entry: AttributionEntry | QuoteEntry, status?: Status): Side {
  if (status === 'dropped') return entry.base ? 'base' : 'version';
  return entry.version ? 'version' : 'base';
}

/** An entry's words on one side, as the API names them, and the pair's other version. */
function anchoring(a: Annotations, entry: AttributionEntry | QuoteEntry, pair: Pair) {
  const { comparison: c, versions } = a.loaded as LoadedComparison;
  const idOf = (side: Side) => versions[side === 'base' ? c.base : pair.version]?.id ?? null;
  return (side: Side) => {
    const span = entry[side];
    const versionId = idOf(side);
    const otherVersionId = idOf(side === 'base' ? 'version' : 'base');
    return span && versionId
      ? { anchor: { versionId, start: span.start, end: span.end }, otherVersionId }
      : null;
  };
}

/** The "Correct…" menu of an attribution the engine reported. */
function CorrectSelect({
  entry,
  onPick,
}: {
  entry: AttributionEntry;
  onPick: (choice: string) => void;
}) {
  return (
    <select
      className="correct-select"
      aria-label="Correct this attribution"
      value=""
      onChange={(e) => onPick(e.target.value)}
    >
      <option value="">Correct…</option>
      <option value="not">Not an attribution</option>
      {STATUSES.filter((s) => s !== entry.status).map((s) => (
        <option key={s} value={s}>
          It was {s}, not {entry.status}
        </option>
      ))}
    </select>
  );
}

/** Notes and corrections of one source entry. */
export function EntryActions({ entry, kind, pair }: EntryActionsProps) {
  const a = useAnnotationsContext();
  const [writing, setWriting] = useState(false);
  if (!a?.loaded) return null;
  const at = anchoring(a, entry, pair);
  const notes = a.notesOf(entry);
  const fix = kind === 'attribution' ? a.correctionOf(entry as AttributionEntry) : null;

  const save = async (body: string): Promise<boolean> => {
    const where = at(sideFor(entry));
    const ok = where ? await a.addNote({ kind, ...where, body }) : false;
    if (ok) setWriting(false);
    return ok;
  };
  const correct = (choice: string): void => {
    const status = choice === 'not' ? undefined : (choice as Status);
    const where = at(sideFor(entry, status));
    if (!where) return;
    void a.correct(
      status
        ? { kind: 'attribution-status', status, ...where }
        : { kind: 'not-attribution', ...where },
    );
  };

  return (
    <div className="entry-tools">
      {fix ? (
        <span className="corrected">
          <span className="corrected-badge">corrected by you</span>
          <button type="button" className="link-button" onClick={() => void a.undo(fix.id)}>
            Undo correction
          </button>
        </span>
      ) : null}
      <button type="button" className="link-button" onClick={() => setWriting(!writing)}>
        {writing ? 'Cancel note' : 'Add note'}
      </button>
      {kind === 'attribution' && !fix ? (
        <CorrectSelect entry={entry as AttributionEntry} onPick={correct} />
      ) : null}
      {writing ? <NoteForm onSave={save} onCancel={() => setWriting(false)} /> : null}
      {notes.map((n) => (
        <p key={n.id} className="entry-note" data-note-id={n.id}>
          <span className="entry-note-body">{n.body}</span>{' '}
          <button type="button" className="link-button" onClick={() => void a.removeNote(n.id)}>
            Delete note
          </button>
        </p>
      ))}
    </div>
  );
}

/** Attributions of this pair the analyst marked “not an attribution”, each with an undo. */
export function RemovedAttributions({ pair }: { pair: Pair }) {
  const a = useAnnotationsContext();
  if (!a?.loaded) return null;
  const c = a.loaded.comparison;
  const removed = a.outcomes.flatMap((o, i) => {
    const k = a.corrections[i];
    return o.kind === 'not-attribution' &&
      o.was &&
      o.pair !== undefined &&
      c.pairs[o.pair] === pair &&
      k
      ? [{ was: o.was, k }]
      : [];
  });
  if (removed.length === 0) return null;
  return (
    <section className="source-group" aria-label="Attributions removed by you">
      <h4>
        not an attribution <span className="muted">{removed.length}</span>
      </h4>
      <ul>
        {removed.map(({ was, k }) => (
          <li key={k.id} className="source-item removed">
            <span className="corrected-badge">corrected by you</span>{' '}
            <s>{(was.version ?? was.base)?.text}</s>{' '}
            <button type="button" className="link-button" onClick={() => void a.undo(k.id)}>
              Undo correction
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
