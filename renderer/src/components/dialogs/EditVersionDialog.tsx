import { useState } from 'react';
import type { VersionSummary } from '../../lib/types';
import { Modal } from '../Modal';

type Meta = Pick<VersionSummary, 'outlet' | 'title' | 'byline' | 'url' | 'published'>;
type Field = keyof Meta;

const fields: { key: Field; label: string; hint?: string; type?: string }[] = [
  { key: 'outlet', label: 'Outlet' },
  { key: 'title', label: 'Headline' },
  { key: 'byline', label: 'Byline' },
  { key: 'url', label: 'Web address', type: 'url' },
  { key: 'published', label: 'Published', hint: 'A date such as 2024-03-12' },
];

interface EditVersionDialogProps {
  version: VersionSummary;
  onSave: (meta: { [K in Field]: string | null }) => Promise<void>;
  onClose: () => void;
}

/** Edits a version's details; the text itself is evidence and cannot be edited. */
export function EditVersionDialog({ version, onSave, onClose }: EditVersionDialogProps) {
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    outlet: version.outlet ?? '',
    title: version.title ?? '',
    byline: version.byline ?? '',
    url: version.url ?? '',
    published: version.published ?? '',
  }));
  const [busy, setBusy] = useState(false);

  const save = (): void => {
    const v = (s: string): string | null => s.trim() || null;
    setBusy(true);
    onSave({
      outlet: v(values.outlet),
      title: v(values.title),
      byline: v(values.byline),
      url: v(values.url),
      published: v(values.published),
    }).finally(() => setBusy(false));
  };

  return (
    <Modal
      title="Edit version details"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="edit-version" className="button primary" disabled={busy}>
            Save details
          </button>
        </>
      }
    >
      <form
        id="edit-version"
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {fields.map((f, i) => (
          <label className="field" key={f.key}>
            <span>{f.label}</span>
            <input
              value={values[f.key]}
              type="text"
              inputMode={f.type === 'url' ? 'url' : undefined}
              placeholder={f.hint}
              maxLength={2000}
              autoFocus={i === 0}
              onChange={(e) => setValues((old) => ({ ...old, [f.key]: e.target.value }))}
            />
          </label>
        ))}
        <p className="muted small">
          The text of a version is kept exactly as it was imported; only these details can change.
        </p>
      </form>
    </Modal>
  );
}
