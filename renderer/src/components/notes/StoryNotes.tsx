// The story's notes: a text area saved while typing (after a pause) and when it loses focus,
// with an indicator that says whether the text is saved. A save that fails keeps the text in
// the field and says why, so nothing typed is lost.
import { useEffect, useRef, useState } from 'react';
import { ApiError, call } from '../../api/client';

/** Tuning of the notes editor. */
const STORY_NOTES = {
  /** Save this long after the last keystroke. */
  debounceMs: 800,
  /** The longest notes the contract accepts (stories.update). */
  maxChars: 100_000,
} as const;

type SaveState = 'saved' | 'editing' | 'saving' | { error: string };

interface StoryNotesProps {
  storyId: number;
  notes: string | null;
}

/** An editable notes field for one story (remount it with `key` for another story). */
export function StoryNotes({ storyId, notes }: StoryNotesProps) {
  const [text, setText] = useState(notes ?? '');
  const [state, setState] = useState<SaveState>('saved');
  const timer = useRef<number | undefined>(undefined);
  const saved = useRef(notes ?? '');

  // Another window (or the CLI) changed the notes: show them unless this field has edits.
  useEffect(() => {
    if (state === 'saved' && (notes ?? '') !== saved.current) {
      saved.current = notes ?? '';
      setText(notes ?? '');
    }
  }, [notes, state]);

  const save = (value: string): void => {
    window.clearTimeout(timer.current);
    if (value === saved.current) {
      setState('saved');
      return;
    }
    setState('saving');
    call('stories.update', { id: storyId, notes: value.trim() === '' ? null : value }).then(
      () => {
        saved.current = value;
        setState((s) => (s === 'saving' ? 'saved' : s));
      },
      (err: unknown) =>
        setState({
          error: err instanceof ApiError ? err.message : 'The notes could not be saved.',
        }),
    );
  };

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onChange = (value: string): void => {
    setText(value);
    setState('editing');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => save(value), STORY_NOTES.debounceMs);
  };

  const status =
    typeof state === 'object'
      ? `Not saved: ${state.error}`
      : state === 'saved'
        ? 'Saved'
        : state === 'saving'
          ? 'Saving…'
          : 'Editing…';

  return (
    <section className="notes story-notes" aria-labelledby="story-notes-heading">
      <h2 id="story-notes-heading">Notes</h2>
      <textarea
        className="story-notes-field"
        aria-label="Story notes"
        placeholder="Your notes on this story: what to check, what you found…"
        value={text}
        maxLength={STORY_NOTES.maxChars}
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => save(text)}
      />
      <p
        className={typeof state === 'object' ? 'save-state error' : 'save-state'}
        role="status"
        data-state={typeof state === 'object' ? 'error' : state}
      >
        {status}
      </p>
    </section>
  );
}
