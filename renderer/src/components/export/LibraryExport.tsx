import { exportWith } from './ExportMenu';

interface LibraryExportProps {
  onInfo: (message: string) => void;
  onError: (message: string) => void;
}

/** "Export all findings (CSV)": every finding of every story, for analysis across stories. */
export function LibraryExport({ onInfo, onError }: LibraryExportProps) {
  return (
    <div className="library-export">
      <button
        type="button"
        className="link-button"
        onClick={() => exportWith({ scope: { all: true }, format: 'csv' }, onInfo, onError)}
      >
        Export all findings (CSV)
      </button>
    </div>
  );
}
