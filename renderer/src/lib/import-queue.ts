// The pieces of an import batch and the sentences that report on them. Kept apart from the
// hook so the wording lives in one place.
import { call } from '../api/client';
import { base64Size, fileToBase64, MAX_FILE_BYTES, peekText } from './files';
import { formatBytes } from './format';
import { titleFromFileName, titleFromText } from './text';

/** A file waiting to be imported, from the picker, a drop or the native dialog. */
export interface IncomingFile {
  name: string;
  size: number;
  /** The bytes as base64; read only when the file's turn comes. */
  read: () => Promise<string>;
  /** A first guess at a story title (first line of a text file, else the file name). */
  suggestTitle: () => Promise<string>;
}

/** Where one item of the batch stands. */
export type ItemStatus = 'queued' | 'refused' | 'importing' | 'imported' | 'duplicate' | 'error';

/** One row of the import dialog's list. */
export interface QueueItem {
  key: number;
  kind: 'file' | 'paste';
  name: string;
  size: number;
  status: ItemStatus;
  message: string | null;
  file: IncomingFile | null;
}

/** A browser File as an incoming file. */
export function fromBrowserFile(file: File): IncomingFile {
  return {
    name: file.name,
    size: file.size,
    read: () => fileToBase64(file),
    suggestTitle: async () =>
      titleFromText(await peekText(file).catch(() => '')) || titleFromFileName(file.name),
  };
}

/** A file already read by the native dialog (Electron) as an incoming file. */
export function fromPickedFile(picked: { name: string; dataBase64: string }): IncomingFile {
  return {
    name: picked.name,
    size: base64Size(picked.dataBase64),
    read: () => Promise.resolve(picked.dataBase64),
    suggestTitle: () => Promise.resolve(titleFromFileName(picked.name)),
  };
}

/** Why a file is refused before upload, or null when it may go. */
export function refusal(file: IncomingFile): string | null {
  if (file.size > MAX_FILE_BYTES) {
    return `“${file.name}” is ${formatBytes(file.size)}; Retold imports articles up to 20 MB. Nothing was uploaded.`;
  }
  if (file.size === 0) {
    return `“${file.name}” is empty (0 bytes): there is no text in it to import. Nothing was uploaded.`;
  }
  return null;
}

/** The story's title and the version's number in it (the "#n" people cite), for messages. */
export async function placeOf(
  storyId: number,
  versionId: number,
): Promise<{ title: string; number: number | null }> {
  try {
    const story = await call('stories.get', { id: storyId });
    const version = story.versions.find((v) => v.id === versionId);
    return { title: story.title, number: version?.number ?? null };
  } catch {
    return { title: 'this story', number: null };
  }
}

/** "This text is already in “Story” (version #2); nothing was added." */
export function duplicateMessage(title: string, number: number | null): string {
  const which = number === null ? '' : ` (version #${number})`;
  return `This text is already in “${title}”${which}; nothing was added.`;
}

/** "Imported into “Story” as version #4." */
export function importedMessage(title: string, number: number | null): string {
  return number === null
    ? `Imported into “${title}”.`
    : `Imported into “${title}” as version #${number}.`;
}
