// What a bulk import reads: the paths it was given, expanded into entries. A folder is walked
// recursively for article files (.txt, .md, .html, .htm); a .csv or .jsonl file gives one entry
// per row; an http(s) address, or a .urls file, gives URL entries. Anything else is an entry
// refused with its reason, so the summary accounts for every file it was shown.
//
// Each entry carries a weight in bytes: the sum of weights is known before the first article is
// read (a stat of every file), so progress and time left are honest even for a CSV whose row
// count is only known at its end.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { unreadableFile } from '../ingest/read-file';
import { csvEntries } from './csv-source';
import { isUrl, isUrlListFile } from './url-list';

/** One thing to import, or to report as not imported. */
export type BulkEntry =
  | { kind: 'file'; source: string; path: string; weight: number }
  | { kind: 'row'; source: string; fields: Record<string, string>; weight: number }
  | { kind: 'url'; source: string; url: string; weight: number }
  | { kind: 'refused'; source: string; reason: string; weight: number };

/** An input after planning: what kind it is and how many bytes it weighs. */
export interface PlannedInput {
  kind: 'article' | 'csv' | 'jsonl' | 'urls' | 'url' | 'refused';
  path: string;
  size: number;
  reason?: string;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const TABLE_KINDS: Readonly<Record<string, PlannedInput['kind']>> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.urls': 'urls',
};

function kindOf(file: string): PlannedInput['kind'] | null {
  const ext = path.extname(file).toLowerCase();
  if (ARTICLE_EXTENSIONS.has(ext)) return 'article';
  return TABLE_KINDS[ext] ?? null;
}

async function walk(dir: string, out: PlannedInput[]): Promise<void> {
  const items = await readdir(dir, { withFileTypes: true });
  items.sort((a, b) => a.name.localeCompare(b.name));
  for (const item of items) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) await walk(full, out);
    else if (!item.isFile()) {
      out.push({
        kind: 'refused',
        path: full,
        size: 0,
        reason: 'Not a regular file (links and devices are not followed).',
      });
    } else if (kindOf(full) === 'article') {
      out.push({ kind: 'article', path: full, size: (await stat(full)).size });
    } else {
      const ext = path.extname(item.name) || 'no extension';
      out.push({
        kind: 'refused',
        path: full,
        size: 0,
        reason: `Skipped (${ext}): in a folder Retold imports .txt, .md, .html and .htm files.`,
      });
    }
  }
}

/** Expands the given paths: folders walked, files classified, URLs recognised. */
export async function planInputs(paths: readonly string[]): Promise<PlannedInput[]> {
  const out: PlannedInput[] = [];
  for (const p of paths) {
    if (isUrl(p)) {
      out.push({ kind: 'url', path: p.trim(), size: 1 });
      continue;
    }
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p, out);
      else if (isUrlListFile(p)) out.push({ kind: 'urls', path: p, size: s.size });
      else out.push({ kind: kindOf(p) ?? 'article', path: p, size: s.size });
    } catch (error) {
      out.push({ kind: 'refused', path: p, size: 0, reason: unreadableFile(p, error).message });
    }
  }
  return out;
}

/** The lines of a text file, with their 1-based numbers and byte lengths. */
async function* linesOf(file: string): AsyncGenerator<{ line: string; n: number; bytes: number }> {
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) yield { line, n: ++n, bytes: Buffer.byteLength(line) + 1 };
}

/** Cells as strings: numbers and booleans written out, null and missing as ''. */
function asFields(value: Record<string, unknown>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = k.trim().toLowerCase();
    if (typeof v === 'string') fields[key] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') fields[key] = String(v);
  }
  return fields;
}

async function* jsonlEntries(file: string): AsyncGenerator<BulkEntry> {
  const name = path.basename(file);
  for await (const { line, n, bytes } of linesOf(file)) {
    if (!line.trim()) continue;
    const source = `${name}, line ${n}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { kind: 'refused', source, reason: 'This line is not valid JSON.', weight: bytes };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const reason = 'This line is not a JSON object with named fields (text or html, title…).';
      yield { kind: 'refused', source, reason, weight: bytes };
    } else
      yield {
        kind: 'row',
        source,
        fields: asFields(value as Record<string, unknown>),
        weight: bytes,
      };
  }
}

async function* urlListEntries(file: string): AsyncGenerator<BulkEntry> {
  const name = path.basename(file);
  for await (const { line, n, bytes } of linesOf(file)) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const source = `${name}, line ${n}`;
    if (isUrl(t)) yield { kind: 'url', source, url: t, weight: bytes };
    else
      yield {
        kind: 'refused',
        source,
        reason: 'This line is not a web address (http:// or https://).',
        weight: bytes,
      };
  }
}

/** The entries of every planned input, in order. */
export async function* entriesOf(inputs: readonly PlannedInput[]): AsyncGenerator<BulkEntry> {
  for (const input of inputs) {
    const { path: p, size } = input;
    if (input.kind === 'refused')
      yield { kind: 'refused', source: p, reason: input.reason ?? 'Not imported.', weight: size };
    else if (input.kind === 'url') yield { kind: 'url', source: p, url: p, weight: size };
    else if (input.kind === 'article') yield { kind: 'file', source: p, path: p, weight: size };
    else if (input.kind === 'jsonl') yield* jsonlEntries(p);
    else if (input.kind === 'urls') yield* urlListEntries(p);
    else yield* csvEntries(p);
  }
}
