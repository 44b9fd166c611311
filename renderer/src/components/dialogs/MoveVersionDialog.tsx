import { useState } from 'react';
import { versionName } from '../../lib/format';
import type { StorySummary, VersionSummary } from '../../lib/types';
import { Modal } from '../Modal';

interface MoveVersionDialogProps {
  version: VersionSummary;
  stories: StorySummary[];
  onMove: (storyId: number) => Promise<void>;
  onClose: () => void;
}

/** Moves a version to another story, chosen from the library. */
export function MoveVersionDialog({ version, stories, onMove, onClose }: MoveVersionDialogProps) {
  const others = stories.filter((s) => s.id !== version.storyId);
  const [storyId, setStoryId] = useState<number | null>(others[0]?.id ?? null);
  const [busy, setBusy] = useState(false);
  const move = (): void => {
    if (storyId === null) return;
    setBusy(true);
    onMove(storyId).finally(() => setBusy(false));
  };
  return (
    <Modal
      title={`Move “${versionName(version)}”`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            onClick={move}
            disabled={storyId === null || busy}
          >
            Move version
          </button>
        </>
      }
    >
      {others.length === 0 ? (
        <p>There is no other story to move it to. Import an article into a new story first.</p>
      ) : (
        <label className="field">
          <span>Move to story</span>
          <select
            value={storyId ?? ''}
            onChange={(e) => setStoryId(Number(e.target.value))}
            autoFocus
          >
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      )}
    </Modal>
  );
}
