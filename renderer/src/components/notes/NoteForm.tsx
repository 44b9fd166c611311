// Writing a note: a text area and Save. The text stays in the field until the save succeeds.
import { useState } from 'react';

interface NoteFormProps {
  onSave: (body: string) => Promise<boolean>;
  onCancel: () => void;
  /** The text to start from (editing a note). */
  initial?: string;
}

/** A small note editor. */
export function NoteForm({ onSave, onCancel, initial = '' }: NoteFormProps) {
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return;
        setBusy(true);
        void onSave(body).finally(() => setBusy(false));
      }}
    >
      <textarea
        aria-label="Note"
        value={body}
        rows={3}
        maxLength={20_000}
        autoFocus
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <button type="submit" className="button" disabled={busy || !body.trim()}>
        Save note
      </button>
    </form>
  );
}
