import { shellKind } from '../../api/client';
import { copyText } from '../../lib/clipboard';
import type { Route } from '../../lib/route';
import { ActionMenu, type MenuAction } from '../export/ActionMenu';
import { LINK_HELP, routeUrl } from '../export/CopyLink';
import { exportWith } from '../export/ExportMenu';
import { BROWSER_PDF_HINT, type ExportRequest } from '../export/run-export';

interface StoryMenuProps {
  storyId: number;
  /** Export needs two versions (as the Export menu it stands in for). */
  canExport: boolean;
  /** The address of what is shown, for "Copy link". */
  route: Route;
  notesOpen: boolean;
  onRename: () => void;
  onDelete: () => void;
  onNotes: () => void;
  onInfo: (message: string) => void;
  onError: (message: string) => void;
}

/**
 * "Story ▾": the story's own actions (rename, export, copy link, notes, delete) in one menu.
 * Shown instead of their buttons only while the pair view is open in a window too narrow for
 * the buttons and the story's title on one line (styles/pair-window.css); the buttons and this
 * menu do the same things, so either can be shown.
 */
export function StoryMenu(props: StoryMenuProps) {
  const { storyId, onInfo, onError } = props;
  const exportAs = (format: ExportRequest['format']) => () =>
    exportWith({ scope: { storyId }, format }, onInfo, onError);
  const copyLink = (): void => {
    copyText(routeUrl(props.route)).then(
      () => onInfo(`Link copied. ${LINK_HELP}`),
      (err: unknown) => onError(err instanceof Error ? err.message : String(err)),
    );
  };
  const exports: MenuAction[] = props.canExport
    ? [
        { label: 'Export findings (CSV)', hint: 'One row per finding', run: exportAs('csv') },
        { label: 'Export data (JSON)', hint: 'The comparison and evidence', run: exportAs('json') },
        { label: 'Export report (HTML)', hint: 'One file, printable', run: exportAs('html') },
        {
          label: 'Export report (PDF)',
          hint: shellKind === 'electron' ? 'The HTML report as a PDF' : BROWSER_PDF_HINT,
          run: exportAs('pdf'),
        },
      ]
    : [];
  const actions: MenuAction[] = [
    { label: props.notesOpen ? 'Hide notes' : 'Show notes', run: props.onNotes },
    { label: 'Rename…', run: props.onRename },
    ...exports,
    // The desktop app's addresses (app://retold/…) mean nothing outside its window.
    ...(shellKind === 'browser' ? [{ label: 'Copy link', run: copyLink }] : []),
    { label: 'Delete story…', run: props.onDelete },
  ];
  return (
    <ActionMenu className="button story-menu-button" label="Story actions" actions={actions}>
      Story <span aria-hidden="true">▾</span>
    </ActionMenu>
  );
}
