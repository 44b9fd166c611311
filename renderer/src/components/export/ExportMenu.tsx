import { shellKind } from '../../api/client';
import { ActionMenu } from './ActionMenu';
import { BROWSER_PDF_HINT, runExport, type ExportRequest } from './run-export';

interface ExportMenuProps {
  storyId: number;
  /** False while the story has fewer than two versions: there is nothing to export. */
  enabled: boolean;
  onInfo: (message: string) => void;
  onError: (message: string) => void;
}

/** Runs an export and reports the outcome as a toast. */
export function exportWith(
  req: ExportRequest,
  onInfo: (m: string) => void,
  onError: (m: string) => void,
): void {
  runExport(req).then(
    (said) => (said ? onInfo(said) : undefined),
    (err: unknown) => onError(err instanceof Error ? err.message : String(err)),
  );
}

/** The story page's Export menu: CSV, JSON, HTML report, PDF. */
export function ExportMenu({ storyId, enabled, onInfo, onError }: ExportMenuProps) {
  if (!enabled) return null;
  const run = (format: ExportRequest['format']) => () =>
    exportWith({ scope: { storyId }, format }, onInfo, onError);
  const desktop = shellKind === 'electron';
  return (
    <ActionMenu
      label="Export this story"
      actions={[
        {
          label: 'Findings (CSV)',
          hint: 'One row per finding, for spreadsheets, R or pandas',
          run: run('csv'),
        },
        {
          label: 'Data (JSON)',
          hint: 'The comparison and each version’s evidence',
          run: run('json'),
        },
        {
          label: 'Report (HTML)',
          hint: 'One file, readable offline and printable',
          run: run('html'),
        },
        {
          label: 'Report (PDF)',
          hint: desktop ? 'The HTML report as a PDF' : BROWSER_PDF_HINT,
          run: run('pdf'),
        },
      ]}
    >
      Export <span aria-hidden="true">▾</span>
    </ActionMenu>
  );
}
