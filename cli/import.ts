import { statSync } from 'node:fs';
import path from 'node:path';
import { startBackend } from '../backend/app';
import type { BackendContext } from '../backend/context';
import { dispatch } from '../backend/dispatch';
import { readImportFile } from '../backend/ingest';
import { AppError, type Result } from '../contract/errors';
import type { MethodName, MethodOutput } from '../contract/methods';
import { parseCommand } from './args';
import { isUrlListFile } from '../backend/bulk/url-list';
import { runBulkImport } from './import-bulk';
import type { CliIO } from './io';

async function call<M extends MethodName>(
  ctx: BackendContext,
  method: M,
  input: unknown,
): Promise<MethodOutput<M>> {
  const r = (await dispatch(ctx, method, input)) as Result<MethodOutput<M>>;
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.value;
}

const BULK_EXTENSIONS = new Set(['.csv', '.jsonl', '.ndjson', '.urls']);

/**
 * A bulk import (one story per article, progress, summary) when asked for a summary or given a
 * folder, a table, a URL list or an address; a list of article files keeps the import of
 * versions into one story that `retold import a.txt b.txt` always did.
 */
function isBulk(paths: string[], summary: string | undefined): boolean {
  if (summary) return true;
  return paths.some((p) => {
    if (/^https?:\/\//i.test(p) || BULK_EXTENSIONS.has(path.extname(p).toLowerCase())) return true;
    if (isUrlListFile(p)) return true;
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  });
}

/**
 * `retold import FILE... [--story TITLE]`: adds each file to the story with that title (created
 * when missing) or, without --story, to a new story named after the first article. Every file
 * is reported; the exit status is 1 when any file could not be imported.
 */
export async function runImport(args: string[], file: string, io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand({
    args,
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      summary: { type: 'string' },
      'passim-clusters': { type: 'string' },
    },
  });
  const clusters = values['passim-clusters'];
  if (clusters !== undefined) {
    if (positionals.length > 0 || values.story || values.summary)
      throw new AppError(
        'bad_input',
        "--passim-clusters takes passim's output alone: name no other files or options.",
      );
    return (await import('./passim')).runPassimImport(clusters, file, io);
  }
  if (positionals.length === 0)
    throw new AppError('bad_input', 'Name at least one file to import.');
  if (isBulk(positionals, values.summary)) {
    const options = { story: values.story, summary: values.summary };
    return runBulkImport(file, positionals, options, io);
  }
  const ctx = startBackend({ file, shell: 'cli' });
  let failed = 0;
  try {
    let storyId: number | undefined = values.story
      ? ctx.library.findStoryByTitle(values.story)?.id
      : undefined;
    for (const p of positionals) {
      try {
        const { name, bytes } = await readImportFile(p);
        const target = storyId
          ? { storyId }
          : { newStoryTitle: values.story ?? path.basename(name, path.extname(name)) };
        const item = { kind: 'file', name, dataBase64: Buffer.from(bytes).toString('base64') };
        const r = await call(ctx, 'versions.import', { target, item });
        if (!storyId && !values.story && r.version.title) {
          await call(ctx, 'stories.rename', { id: r.storyId, title: r.version.title });
        }
        storyId = r.storyId;
        const story = ctx.library.getStory(r.storyId).title;
        io.stdout(
          r.outcome === 'duplicate'
            ? `${p}: already in “${story}” as version #${r.version.number}; nothing added.\n`
            : `${p}: imported as version #${r.version.number} of “${story}” (${r.version.wordCount} words).\n`,
        );
        for (const warning of r.warnings ?? []) io.stderr(`${p}: warning: ${warning}\n`);
      } catch (err) {
        failed++;
        io.stderr(`${p}: ${err instanceof Error ? err.message : String(err)}\n`);
      }
    }
  } finally {
    ctx.library.close();
  }
  return failed > 0 ? 1 : 0;
}
