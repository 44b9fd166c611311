// Turning one bulk-import entry into an article ready to write, through the same ingest as a
// single import (backend/ingest, in the import worker): the same checks for binary, empty, too
// large and undecodable input, and the same wording. Nothing here touches the library.
import path from 'node:path';
import { AppError } from '../../contract/errors';
import type { BulkArticle } from '../../db/bulk-write';
import { countWords } from '../../engine';
import { mergeMeta } from '../import';
import { readImportFile } from '../ingest';
import { isHtmlSource } from '../ingest/formats';
import type { Ingested } from '../ingest/types';
import { ingestInWorker } from '../ingest/worker-pool';
import type { FetchOptions } from '../fetch/fetch-page';
import type { BulkEntry } from './sources';
import { prepareUrl } from './url-entry';

/** An entry made ready: an article to write, or the reason it is not imported. */
export type Prepared =
  | { source: string; article: BulkArticle; warnings: string[] }
  | { source: string; refused: string };

const blank = (s: string | undefined): boolean => !s || !/\S/.test(s);

/** The worker also hashes and sketches each text: the main thread only writes (db/sketch.ts). */
const SKETCHED = { sketch: true } as const;

function article(
  ingested: Ingested,
  given: Record<string, string | undefined>,
  where: { source: string; story: string | null; fallbackTitle: string },
): BulkArticle {
  const meta = mergeMeta(
    {
      title: given.title,
      outlet: given.outlet,
      url: given.url,
      byline: given.byline,
      published: given.published,
    },
    ingested.meta,
  );
  return {
    story: blank(given.story) ? where.story : (given.story as string).trim(),
    ownStoryTitle: meta.title?.trim() || where.fallbackTitle,
    version: {
      meta,
      sourceKind: 'bulk',
      sourceName: where.source,
      rawBytes: ingested.rawBytes,
      encoding: ingested.encoding,
      format: ingested.format,
      text: ingested.text,
      wordCount: ingested.sketch?.wordCount ?? countWords(ingested.text),
      sketch: ingested.sketch,
    },
  };
}

async function prepareFile(file: string, story: string | null): Promise<Prepared> {
  const { name, bytes } = await readImportFile(file);
  const ingested = await ingestInWorker({ name, bytes }, SKETCHED);
  const fallbackTitle = path.basename(name, path.extname(name));
  const a = article(ingested, {}, { source: file, story, fallbackTitle });
  return { source: file, article: a, warnings: ingested.warnings };
}

/**
 * A row's `html` (preferred when both are filled) or `text`. A fragment of HTML ("<p>…</p>") is
 * read as a page by wrapping it in a document; the bytes kept are the cell's, unwrapped.
 */
async function prepareRow(
  source: string,
  fields: Record<string, string>,
  story: string | null,
): Promise<Prepared> {
  const html = !blank(fields.html);
  const content = html ? (fields.html as string) : (fields.text ?? '');
  if (blank(content))
    return { source, refused: 'This row has no text: its text and html cells are empty.' };
  const page =
    html && !isHtmlSource(content)
      ? `<!doctype html><html><body>${content}</body></html>`
      : content;
  // The name has no usable extension ("news.csv, line 4"), so ingest sniffs the format and
  // names the row in its messages.
  const ingested = await ingestInWorker(
    { name: source, bytes: new TextEncoder().encode(page) },
    SKETCHED,
  );
  if (page !== content) ingested.rawBytes = new TextEncoder().encode(content);
  const a = article(ingested, fields, { source, story, fallbackTitle: source });
  return { source, article: a, warnings: ingested.warnings };
}

/**
 * Prepares one entry; never rejects (a failure is a Prepared with its reason). `fetch` is how
 * web addresses are fetched (the User-Agent, the import's cancel signal).
 */
export async function prepareEntry(
  entry: BulkEntry,
  story: string | null,
  fetch: FetchOptions,
): Promise<Prepared> {
  try {
    switch (entry.kind) {
      case 'refused':
        return { source: entry.source, refused: entry.reason };
      case 'url':
        return await prepareUrl(entry.source, entry.url, story, fetch);
      case 'file':
        return await prepareFile(entry.path, story);
      case 'row':
        return await prepareRow(entry.source, entry.fields, story);
    }
  } catch (error) {
    const reason = error instanceof AppError ? error.message : 'Retold could not read this.';
    return { source: entry.source, refused: reason };
  }
}
