import { useState } from 'react';
import { Modal } from '../Modal';

interface RenameStoryDialogProps {
  current: string;
  onSave: (title: string) => Promise<void>;
  onClose: () => void;
}

/** Renames a story; the field starts with the current title selected. */
export function RenameStoryDialog({ current, onSave, onClose }: RenameStoryDialogProps) {
  const [title, setTitle] = useState(current);
  const [busy, setBusy] = useState(false);
  const valid = title.trim().length > 0 && title.trim().length <= 500;
  const save = (): void => {
    if (!valid) return;
    setBusy(true);
    onSave(title.trim()).finally(() => setBusy(false));
  };
  return (
    <Modal
      title="Rename story"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form="rename-story"
            className="button primary"
            disabled={!valid || busy}
          >
            Save
          </button>
        </>
      }
    >
      <form
        id="rename-story"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="field">
          <span>Story title</span>
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            onFocus={(e) => e.target.select()}
            maxLength={500}
            autoFocus
            required
          />
        </label>
      </form>
    </Modal>
  );
}
