import type { ImportController } from '../../hooks/useImport';
import type { StorySummary } from '../../lib/types';

interface TargetPickerProps {
  ctl: ImportController;
  stories: StorySummary[];
}

/** Into which story: one from the library, or a new one with a title. */
export function TargetPicker({ ctl, stories }: TargetPickerProps) {
  const { target, newTitle, progress } = ctl.state;
  const busy = progress !== null;
  const firstStory = stories[0];
  return (
    <fieldset className="target" disabled={busy}>
      <legend>Add to</legend>
      <div className="target-row">
        <label className="radio">
          <input
            type="radio"
            name="import-target"
            checked={target.kind === 'new'}
            onChange={() => ctl.setTarget({ kind: 'new' })}
          />
          <span>A new story</span>
        </label>
        <label className="radio">
          <input
            type="radio"
            name="import-target"
            checked={target.kind === 'existing'}
            disabled={!firstStory}
            onChange={() =>
              firstStory && ctl.setTarget({ kind: 'existing', storyId: firstStory.id })
            }
          />
          <span>A story in the library</span>
        </label>
      </div>
      {target.kind === 'new' ? (
        <label className="field">
          <span>New story title</span>
          <input
            value={newTitle}
            placeholder="Untitled story"
            maxLength={500}
            onChange={(e) => ctl.setTypedTitle(e.target.value)}
          />
        </label>
      ) : (
        <label className="field">
          <span>Story</span>
          <select
            value={target.storyId}
            onChange={(e) => ctl.setTarget({ kind: 'existing', storyId: Number(e.target.value) })}
          >
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
