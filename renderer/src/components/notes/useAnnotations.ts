// A story's notes on findings and corrections, applied to its comparison: the corrections by
// engine/overrides/apply.ts (the same pure function the exports use), the notes placed in the
// corrected comparison. Views read the result through AnnotationsContext.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  applyCorrections,
  placeNotes,
  type AttributionEntry,
  type Comparison,
  type CorrectionOutcome,
  type PlacedNote,
  type QuoteEntry,
} from '../../../../engine';
import type { MethodInput, MethodOutput } from '../../../../contract/methods';
import { ApiError, call } from '../../api/client';
import type { LoadedComparison } from '../../compare/useComparison';

/** A stored note on a finding. */
export type NoteItem = MethodOutput<'notes.list'>['notes'][number];
/** A stored correction. */
export type CorrectionItem = MethodOutput<'corrections.list'>['corrections'][number];

/** Everything the views need about a story's notes and corrections. */
export interface Annotations {
  /** The comparison with corrections applied (null until there is one). */
  loaded: LoadedComparison | null;
  notes: NoteItem[];
  placed: PlacedNote[];
  corrections: CorrectionItem[];
  outcomes: CorrectionOutcome[];
  /** The correction behind a corrected attribution entry (by identity in `loaded`). */
  correctionOf: (entry: AttributionEntry) => CorrectionItem | null;
  /** Notes attached to an attribution or quote entry. */
  notesOf: (entry: AttributionEntry | QuoteEntry) => NoteItem[];
  addNote: (input: MethodInput<'notes.create'>) => Promise<boolean>;
  editNote: (id: number, body: string) => Promise<boolean>;
  removeNote: (id: number) => Promise<boolean>;
  correct: (input: MethodInput<'corrections.create'>) => Promise<boolean>;
  undo: (id: number) => Promise<boolean>;
}

type Lists = { notes: NoteItem[]; corrections: CorrectionItem[] };
const NONE: Lists = { notes: [], corrections: [] };

const message = (err: unknown): string =>
  err instanceof ApiError ? err.message : 'That could not be saved.';

/** The story's stored notes and corrections, and a way to read them again after a write. */
function useLists(storyId: number, onError: (m: string) => void): [Lists, () => void] {
  const [lists, setLists] = useState<Lists & { for: number }>({ for: 0, ...NONE });
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([call('notes.list', { storyId }), call('corrections.list', { storyId })]).then(
      ([n, k]) => {
        if (live) setLists({ for: storyId, notes: n.notes, corrections: k.corrections });
      },
      (err: unknown) => onError(message(err)),
    );
    return () => {
      live = false;
    };
  }, [storyId, reload, onError]);
  const current = useMemo(() => (lists.for === storyId ? lists : NONE), [lists, storyId]);
  return [current, useCallback(() => setReload((r) => r + 1), [])];
}

/** Notes by the attribution or quote entry they are attached to (by identity in `c`). */
function notesByEntry(c: Comparison, placed: PlacedNote[], notes: NoteItem[]) {
  const m = new Map<object, NoteItem[]>();
  placed.forEach((p, i) => {
    const n = notes[i];
    for (const f of p.findings) {
      const pair = c.pairs[f.pair];
      const e =
        f.kind === 'attribution'
          ? pair?.attributions[f.index]
          : f.kind === 'quote'
            ? pair?.quotes[f.index]
            : undefined;
      if (e && n) m.set(e, [...(m.get(e) ?? []), n]);
    }
  });
  return m;
}

/** Applies corrections and places notes; indexes both by the entries they are on. */
function applyAll(ready: LoadedComparison, { notes, corrections }: Lists) {
  const ids = ready.versions.map((v) => v.id);
  const { comparison, outcomes } = applyCorrections(ready.comparison, ids, corrections);
  const placed = placeNotes(comparison, ids, notes);
  const byEntry = new Map<object, CorrectionItem>();
  outcomes.forEach((o, i) => {
    const k = corrections[i];
    if (o.entry && k) byEntry.set(o.entry, k);
  });
  return {
    loaded: { ...ready, comparison },
    outcomes,
    placed,
    byEntry,
    byNote: notesByEntry(comparison, placed, notes),
  };
}

/** Loads and applies a story's annotations; `onError` hears a failed save in words. */
export function useAnnotations(
  storyId: number,
  ready: LoadedComparison | null,
  onError: (message: string) => void,
): Annotations {
  const [lists, reload] = useLists(storyId, onError);
  const applied = useMemo(() => (ready ? applyAll(ready, lists) : null), [ready, lists]);
  const run = useCallback(
    async (p: Promise<unknown>): Promise<boolean> => {
      try {
        await p;
        reload();
        return true;
      } catch (err) {
        onError(message(err));
        return false;
      }
    },
    [onError, reload],
  );
  return {
    loaded: applied?.loaded ?? null,
    notes: lists.notes,
    placed: applied?.placed ?? [],
    corrections: lists.corrections,
    outcomes: applied?.outcomes ?? [],
    correctionOf: (e) => applied?.byEntry.get(e) ?? null,
    notesOf: (e) => applied?.byNote.get(e) ?? [],
    addNote: (input) => run(call('notes.create', input)),
    editNote: (id, body) => run(call('notes.update', { id, body })),
    removeNote: (id) => run(call('notes.delete', { id })),
    correct: (input) => run(call('corrections.create', input)),
    undo: (id) => run(call('corrections.delete', { id })),
  };
}
