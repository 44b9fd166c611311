import type { ImportController } from '../../hooks/useImport';
import type { StorySummary } from '../../lib/types';
import { Modal } from '../Modal';
import { FilesPanel } from './FilesPanel';
import { ImportList } from './ImportList';
import { PastePanel } from './PastePanel';
import { TargetPicker } from './TargetPicker';

interface ImportDialogProps {
  ctl: ImportController;
  stories: StorySummary[];
  onError: (message: string) => void;
}

const tabs = [
  { id: 'files', label: 'Files' },
  { id: 'paste', label: 'Paste text' },
] as const;

/** Import articles as versions of a story: files (picked or dropped) or pasted text. */
export function ImportDialog({ ctl, stories, onError }: ImportDialogProps) {
  const { tab, progress } = ctl.state;
  return (
    <Modal
      title="Import articles"
      onClose={ctl.close}
      wide
      footer={
        <button type="button" className="button" onClick={ctl.close} disabled={progress !== null}>
          {progress ? 'Importing…' : 'Done'}
        </button>
      }
    >
      <TargetPicker ctl={ctl} stories={stories} />
      <div className="tabs" role="tablist" aria-label="How to import">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`import-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`import-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="tab"
            onClick={() => ctl.setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                const next = t.id === 'files' ? 'paste' : 'files';
                ctl.setTab(next);
                document.getElementById(`import-tab-${next}`)?.focus();
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`import-panel-${tab}`}
        aria-labelledby={`import-tab-${tab}`}
        className="tab-panel"
      >
        {tab === 'files' ? <FilesPanel ctl={ctl} onError={onError} /> : <PastePanel ctl={ctl} />}
      </div>
      <ImportList ctl={ctl} />
    </Modal>
  );
}
