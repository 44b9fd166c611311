import { useMemo } from 'react';
import { headlineOf } from '../../../../engine/text/headline';
import type { ImportController, PasteFields } from '../../hooks/useImport';

interface PastePanelProps {
  ctl: ImportController;
}

const details: { key: Exclude<keyof PasteFields, 'text'>; label: string; placeholder: string }[] = [
  { key: 'title', label: 'Headline', placeholder: 'Taken from the text if left empty' },
  { key: 'outlet', label: 'Outlet', placeholder: 'e.g. The Coast Ledger' },
  { key: 'url', label: 'Web address', placeholder: 'https://…' },
  { key: 'published', label: 'Published', placeholder: 'e.g. 2024-03-12' },
];

/** Pasted article text with optional details. */
export function PastePanel({ ctl }: PastePanelProps) {
  const { paste, progress } = ctl.state;
  const set = (patch: Partial<PasteFields>): void => ctl.setPaste({ ...paste, ...patch });
  // The headline the import will store when the field is left empty (the engine's title block,
  // as the backend finds it), shown as the field's placeholder so a wrong guess can be seen.
  // (Pasted HTML is read by the backend's article extraction instead.)
  const found = useMemo(
    () => (/^\s*</.test(paste.text) ? null : headlineOf(paste.text)),
    [paste.text],
  );
  const placeholder = (d: (typeof details)[number]): string =>
    d.key === 'title' && found ? `From the text: ${found}` : d.placeholder;
  return (
    <form
      className="paste-panel"
      onSubmit={(e) => {
        e.preventDefault();
        void ctl.importPaste();
      }}
    >
      <label className="field">
        <span>Article text</span>
        <textarea
          value={paste.text}
          onChange={(e) => set({ text: e.target.value })}
          rows={9}
          placeholder="Paste the article here. Page furniture such as share buttons can stay; Retold keeps the text exactly as pasted."
          spellCheck={false}
        />
      </label>
      <div className="form-grid two">
        {details.map((d) => (
          <label className="field" key={d.key}>
            <span>
              {d.label} <span className="muted">(optional)</span>
            </span>
            <input
              value={paste[d.key]}
              placeholder={placeholder(d)}
              maxLength={2000}
              onChange={(e) => set({ [d.key]: e.target.value })}
            />
          </label>
        ))}
      </div>
      <div className="panel-actions">
        <button
          type="submit"
          className="button primary"
          disabled={progress !== null || paste.text.trim().length === 0}
        >
          Import pasted text
        </button>
      </div>
    </form>
  );
}
