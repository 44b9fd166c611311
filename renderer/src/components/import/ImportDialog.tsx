import { useState } from 'react';
import { useBulkImport } from '../../hooks/useBulkImport';
import type { ImportController } from '../../hooks/useImport';
import type { StorySummary } from '../../lib/types';
import { Modal } from '../Modal';
import { BulkPanel } from './BulkPanel';
import { FilesPanel } from './FilesPanel';
import { ImportList } from './ImportList';
import { PastePanel } from './PastePanel';
import { TargetPicker } from './TargetPicker';
import { UrlPanel } from './UrlPanel';

interface ImportDialogProps {
  ctl: ImportController;
  stories: StorySummary[];
  onError: (message: string) => void;
}

const tabs = [
  { id: 'files', label: 'Files' },
  { id: 'paste', label: 'Paste text' },
  { id: 'web', label: 'Web addresses' },
  { id: 'many', label: 'Many articles' },
] as const;
type TabId = (typeof tabs)[number]['id'];
/** Tabs that run a bulk import job of their own, with its own target. */
type JobTab = 'many' | 'web';
const isJobTab = (id: TabId): id is JobTab => id === 'many' || id === 'web';

/**
 * Import articles as versions of a story: files (picked or dropped) or pasted text; or many
 * articles at once by path ("Many articles") or by web address ("Web addresses"), each a bulk
 * import job with its own target: those tabs are kept here rather than in useImport, whose
 * batch and target they do not share.
 */
export function ImportDialog({ ctl, stories, onError }: ImportDialogProps) {
  const { progress } = ctl.state;
  // "Many articles" and "Web addresses" show while the file queue is as it was when the tab
  // was chosen: files dropped on the window meanwhile are queued on the Files tab, which then
  // shows.
  const [jobTab, setJobTab] = useState<{ id: JobTab; at: number } | null>(null);
  const job = jobTab?.at === ctl.state.items.length ? jobTab.id : null;
  const many = job !== null;
  const bulk = useBulkImport();
  const web = useBulkImport({ live: true });
  const tab: TabId = job ?? ctl.state.tab;
  const busy = progress !== null || bulk.busy || web.busy;
  // Closing while a bulk job runs would leave it running unwatched; Cancel stops it instead.
  const close = (): void => {
    if (!bulk.busy && !web.busy) ctl.close();
  };
  const select = (id: TabId): void => {
    setJobTab(isJobTab(id) ? { id, at: ctl.state.items.length } : null);
    if (!isJobTab(id)) ctl.setTab(id);
  };
  return (
    <Modal
      title="Import articles"
      onClose={close}
      wide
      footer={
        <button type="button" className="button" onClick={close} disabled={busy}>
          {busy ? 'Importing…' : 'Done'}
        </button>
      }
    >
      {many ? null : <TargetPicker ctl={ctl} stories={stories} />}
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
            onClick={() => select(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                const i = tabs.findIndex((x) => x.id === t.id);
                const step = e.key === 'ArrowRight' ? 1 : tabs.length - 1;
                const next = tabs[(i + step) % tabs.length]?.id ?? 'files';
                select(next);
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
        {tab === 'many' ? <BulkPanel bulk={bulk} /> : null}
        {tab === 'web' ? <UrlPanel web={web} /> : null}
        {tab === 'files' ? <FilesPanel ctl={ctl} onError={onError} /> : null}
        {tab === 'paste' ? <PastePanel ctl={ctl} /> : null}
      </div>
      {many ? null : <ImportList ctl={ctl} />}
    </Modal>
  );
}
