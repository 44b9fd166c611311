import { useRef } from 'react';
import { ApiError, call, shellKind } from '../../api/client';
import type { ImportController } from '../../hooks/useImport';
import { ACCEPTED_FILES } from '../../lib/files';
import { fromBrowserFile, fromPickedFile } from '../../lib/import-queue';

interface FilesPanelProps {
  ctl: ImportController;
  onError: (message: string) => void;
}

/**
 * Choosing files: the native dialog in the desktop app (it hands back the bytes), a hidden
 * file input in browser mode. Dropping files anywhere on the window also lands here.
 */
export function FilesPanel({ ctl, onError }: FilesPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const queued = ctl.state.items.filter((it) => it.status === 'queued').length;
  const busy = ctl.state.progress !== null;

  const choose = (): void => {
    if (shellKind === 'browser') {
      input.current?.click();
      return;
    }
    call('dialog.openFiles', {})
      .then((out) => ctl.addFiles(out.files.map(fromPickedFile)))
      .catch((err: unknown) =>
        onError(err instanceof ApiError ? err.message : 'The files could not be opened.'),
      );
  };

  return (
    <div className="files-panel">
      <div className="drop-hint">
        <p>
          Choose text or web-page files (.txt, .md, .html), or drop them anywhere on this window.
          Each file becomes one version.
        </p>
        <button type="button" className="button" onClick={choose} disabled={busy}>
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) ctl.addFiles(files.map(fromBrowserFile));
          }}
        />
      </div>
      <div className="panel-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy || queued === 0}
          onClick={() => void ctl.importFiles()}
        >
          {queued === 0
            ? 'Import files'
            : queued === 1
              ? 'Import 1 file'
              : `Import ${queued} files`}
        </button>
      </div>
    </div>
  );
}
