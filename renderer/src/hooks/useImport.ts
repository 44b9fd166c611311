import { useCallback, useRef, useState } from 'react';
import { ApiError, call } from '../api/client';
import type { MethodInput } from '../../../contract/methods';
import {
  duplicateMessage,
  importedMessage,
  placeOf,
  refusal,
  type IncomingFile,
  type QueueItem,
} from '../lib/import-queue';
import { titleFromText } from '../lib/text';

type ImportItem = MethodInput<'versions.import'>['item'];
type VersionMeta = NonNullable<ImportItem['meta']>;

/** Where the batch goes: a story in the library, or a new one with this title. */
export type ImportTarget = { kind: 'existing'; storyId: number } | { kind: 'new' };

/** The pasted article and its optional details. */
export interface PasteFields {
  text: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
}

const emptyPaste: PasteFields = { text: '', title: '', outlet: '', url: '', published: '' };

/** Everything the import dialog shows and does. */
export interface ImportState {
  open: boolean;
  tab: 'paste' | 'files';
  target: ImportTarget;
  /** The new story's title as typed, or null while it follows the suggestion. */
  typedTitle: string | null;
  newTitle: string;
  paste: PasteFields;
  items: QueueItem[];
  progress: { done: number; total: number } | null;
}

/** How the dialog is opened: into a story or not, on a tab, with files queued. */
export interface OpenOptions {
  storyId?: number | null;
  tab?: 'paste' | 'files';
  files?: IncomingFile[];
}

function metaOf(p: PasteFields): VersionMeta {
  const v = (s: string): string | null => s.trim() || null;
  return { title: v(p.title), outlet: v(p.outlet), url: v(p.url), published: v(p.published) };
}

function errorText(err: unknown): string {
  return err instanceof ApiError ? err.message : 'Something went wrong; nothing was added.';
}

/**
 * The import batch: files are sent one at a time with `versions.import`, each row updated as
 * it finishes. A batch aimed at a new story creates it with the first success, and everything
 * after goes into that story. `onImported` tells the app which story received versions.
 */
export function useImport(onImported: (storyId: number) => void) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<'paste' | 'files'>('files');
  const [target, setTarget] = useState<ImportTarget>({ kind: 'new' });
  const [typedTitle, setTypedTitle] = useState<string | null>(null);
  const [suggested, setSuggested] = useState('');
  const [paste, setPaste] = useState<PasteFields>(emptyPaste);
  const [items, setItems] = useState<QueueItem[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const nextKey = useRef(1);
  const busy = progress !== null;

  const update = (key: number, patch: Partial<QueueItem>): void =>
    setItems((list) => list.map((it) => (it.key === key ? { ...it, ...patch } : it)));

  const addFiles = useCallback((files: IncomingFile[]) => {
    const rows: QueueItem[] = files.map((file) => {
      const refused = refusal(file);
      return {
        key: nextKey.current++,
        kind: 'file',
        name: file.name,
        size: file.size,
        status: refused ? 'refused' : 'queued',
        message: refused,
        file: refused ? null : file,
      };
    });
    setItems((list) => [...list.filter((it) => it.status !== 'refused'), ...rows]);
    setTab('files');
    const first = files.find((f) => refusal(f) === null);
    if (first) void first.suggestTitle().then((t) => setSuggested((s) => s || t));
  }, []);

  const openDialog = useCallback(
    (options: OpenOptions = {}) => {
      if (!open) {
        setTarget(
          options.storyId ? { kind: 'existing', storyId: options.storyId } : { kind: 'new' },
        );
        setTypedTitle(null);
        setSuggested('');
        setItems((list) => list.filter((it) => it.status === 'queued'));
      }
      if (options.tab) setTab(options.tab);
      if (options.files?.length) addFiles(options.files);
      setOpen(true);
    },
    [open, addFiles],
  );

  const close = useCallback(() => {
    if (!busy) setOpen(false);
  }, [busy]);

  const pasteSuggestion = paste.title.trim() || titleFromText(paste.text);
  const newTitle =
    typedTitle ?? ((tab === 'paste' ? pasteSuggestion : suggested) || suggested || pasteSuggestion);

  /** Imports one item into the current target; returns the story it went into, if any. */
  async function importOne(
    key: number,
    item: ImportItem,
    into: ImportTarget,
  ): Promise<number | null> {
    update(key, { status: 'importing', message: null });
    try {
      const wire =
        into.kind === 'existing'
          ? { storyId: into.storyId }
          : { newStoryTitle: newTitle.trim() || 'Untitled story' };
      const result = await call('versions.import', { target: wire, item });
      const place = await placeOf(result.storyId, result.version.id);
      const duplicate = result.outcome === 'duplicate';
      update(key, {
        status: duplicate ? 'duplicate' : 'imported',
        // A warning (an extraction that may have missed text) follows the confirmation.
        message: duplicate
          ? duplicateMessage(place.title, place.number)
          : [importedMessage(place.title, place.number), ...(result.warnings ?? [])].join(' '),
      });
      return result.storyId;
    } catch (err) {
      update(key, { status: 'error', message: errorText(err) });
      return null;
    }
  }

  /** Switches a new-story batch to the story just created, and reports it. */
  function landed(storyId: number, into: ImportTarget): ImportTarget {
    const next: ImportTarget = { kind: 'existing', storyId };
    if (into.kind === 'new') setTarget(next);
    onImported(storyId);
    return next;
  }

  async function importFiles(): Promise<void> {
    const queued = items.filter((it) => it.status === 'queued' && it.file);
    if (busy || queued.length === 0) return;
    let into = target;
    setProgress({ done: 0, total: queued.length });
    for (const [i, row] of queued.entries()) {
      setProgress({ done: i, total: queued.length });
      let dataBase64: string;
      try {
        dataBase64 = await (row.file as IncomingFile).read();
      } catch {
        update(row.key, { status: 'error', message: `“${row.name}” could not be read from disk.` });
        continue;
      }
      const item: ImportItem = { kind: 'file', name: row.name, dataBase64 };
      const storyId = await importOne(row.key, item, into);
      if (storyId !== null) into = landed(storyId, into);
    }
    setProgress(null);
  }

  async function importPaste(): Promise<void> {
    if (busy || !paste.text.trim()) return;
    const key = nextKey.current++;
    const name = paste.title.trim() || titleFromText(paste.text) || 'Pasted text';
    const row: QueueItem = {
      key,
      kind: 'paste',
      name,
      size: paste.text.length,
      status: 'importing',
      message: null,
      file: null,
    };
    setItems((list) => [...list.filter((it) => it.status !== 'refused'), row]);
    setProgress({ done: 0, total: 1 });
    const storyId = await importOne(
      key,
      { kind: 'paste', text: paste.text, meta: metaOf(paste) },
      target,
    );
    setProgress(null);
    if (storyId !== null) {
      landed(storyId, target);
      setPaste(emptyPaste);
    }
  }

  const state: ImportState = { open, tab, target, typedTitle, newTitle, paste, items, progress };
  return {
    state,
    openDialog,
    close,
    addFiles,
    setTab,
    setTarget,
    setTypedTitle,
    setPaste,
    importFiles,
    importPaste,
    clearFinished: () => setItems((list) => list.filter((it) => it.status === 'queued')),
    removeItem: (key: number) => setItems((list) => list.filter((it) => it.key !== key)),
  };
}

/** What useImport returns, for components that take it as a prop. */
export type ImportController = ReturnType<typeof useImport>;
