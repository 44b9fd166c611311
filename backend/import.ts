import { z } from 'zod';
import { AppError } from '../contract/errors';
import type { importItemSchema, importResultSchema, importTargetSchema } from '../contract/schemas';
import type { VersionMeta } from '../db';
import { countWords } from '../engine';
import type { BackendContext } from './context';
import { MAX_IMPORT_BYTES, type Ingested, type IngestMeta } from './ingest';
import { ingestInWorker } from './ingest/worker-pool';

type ImportTarget = z.infer<typeof importTargetSchema>;
type ImportItem = z.infer<typeof importItemSchema>;
type ImportResult = z.infer<typeof importResultSchema>;

/** Decodes a file's base64 payload, refusing oversized files before allocating them. */
function decodeFile(name: string, dataBase64: string): Uint8Array {
  const approxBytes = Math.floor((dataBase64.length * 3) / 4);
  if (approxBytes > MAX_IMPORT_BYTES) {
    const mb = (approxBytes / 1024 / 1024).toFixed(1);
    throw new AppError('too_large', `“${name}” is ${mb} MB; Retold imports articles up to 20 MB.`);
  }
  return new Uint8Array(Buffer.from(dataBase64, 'base64'));
}

/**
 * Runs the item through ingest (decoding, sniffing, HTML extraction) in the import worker, so a
 * hostile page holds neither the main thread nor, past its time limit, the import.
 */
async function ingestItem(item: ImportItem): Promise<Ingested> {
  if (item.kind === 'paste') return ingestInWorker({ text: item.text });
  return ingestInWorker({ name: item.name, bytes: decodeFile(item.name, item.dataBase64) });
}

/** What the person typed wins over what the page said; blank fields fall back to the page. */
export function mergeMeta(given: VersionMeta | undefined, found: IngestMeta): VersionMeta {
  const pick = (a: string | null | undefined, b: string | null): string | null => {
    const t = a?.trim();
    return t ? t : b;
  };
  return {
    title: pick(given?.title, found.title),
    outlet: pick(given?.outlet, found.outlet),
    url: pick(given?.url, found.url),
    byline: pick(given?.byline, found.byline),
    published: pick(given?.published, found.published),
  };
}

/**
 * Imports one article into a story (existing, or created in the same transaction). Bad input
 * throws an AppError before anything is written; the same text twice gives 'duplicate'.
 */
export async function importItem(
  ctx: BackendContext,
  target: ImportTarget,
  item: ImportItem,
): Promise<ImportResult> {
  const ingested = await ingestItem(item);
  const meta = mergeMeta(item.meta ?? undefined, ingested.meta);
  const lib = ctx.library;
  const result = lib.transaction(() => {
    const storyId =
      'storyId' in target
        ? lib.getStory(target.storyId).id
        : lib.createStory(target.newStoryTitle).id;
    const written = lib.insertVersion({
      storyId,
      meta,
      sourceKind: item.kind === 'paste' ? 'paste' : 'file',
      sourceName: item.kind === 'file' ? item.name : null,
      rawBytes: ingested.rawBytes,
      encoding: ingested.encoding,
      format: ingested.format,
      text: ingested.text,
      wordCount: countWords(ingested.text),
    });
    return { outcome: written.outcome, storyId, version: written.version };
  });
  // Said only of a new version: a duplicate adds nothing to check.
  const warnings = result.outcome === 'imported' ? ingested.warnings : [];
  if (result.outcome === 'imported') {
    ctx.events.emit('library:changed', { reason: 'import', stories: [result.storyId] });
  }
  return warnings.length > 0 ? { ...result, warnings } : result;
}
