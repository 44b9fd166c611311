import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../contract/methods';
import { ApiError, call } from '../../api/client';

type Settings = MethodOutput<'settings.get'>;

/**
 * The User-Agent Retold sends when it fetches a page, kept in the library's settings (so the
 * command line and both shells send the same one). Some sites refuse unknown agents; a person
 * can name their own, or go back to Retold's.
 */
export function UserAgentField() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    call('settings.get', {})
      .then((s) => {
        if (!live) return;
        setSettings(s);
        setDraft(s.userAgent);
      })
      .catch(() => live && setNote({ text: 'The settings could not be read.', error: true }));
    return () => {
      live = false;
    };
  }, []);

  const save = async (userAgent: string | null): Promise<void> => {
    try {
      const s = await call('settings.update', { userAgent });
      setSettings(s);
      setDraft(s.userAgent);
      setNote({ text: 'Saved for next time.', error: false });
    } catch (err) {
      const text = err instanceof ApiError ? err.message : 'The setting could not be saved.';
      setNote({ text, error: true });
    }
  };

  const changed = settings !== null && draft.trim() !== settings.userAgent;
  const isDefault = settings !== null && settings.userAgent === settings.defaultUserAgent;
  return (
    <details className="user-agent">
      <summary>How Retold identifies itself to sites</summary>
      <label className="field">
        <span>User-Agent</span>
        <input
          value={draft}
          maxLength={300}
          spellCheck={false}
          disabled={settings === null}
          onChange={(e) => {
            setDraft(e.target.value);
            setNote(null);
          }}
        />
      </label>
      <div className="panel-actions">
        <button
          type="button"
          className="button"
          disabled={!changed || draft.trim() === ''}
          onClick={() => void save(draft.trim())}
        >
          Save
        </button>
        <button
          type="button"
          className="button"
          disabled={settings === null || isDefault}
          onClick={() => void save(null)}
        >
          Use Retold’s own
        </button>
        {note ? (
          <span className={note.error ? 'form-error' : 'muted'} role="status">
            {note.text}
          </span>
        ) : null}
      </div>
    </details>
  );
}
