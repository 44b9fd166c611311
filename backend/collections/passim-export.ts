// The library in passim's input format (issue 12, item 6), for text-reuse clustering on Spark
// when a corpus outgrows one laptop. passim (github.com/dasmiq/passim, README "Structuring the
// Input") reads JSON Lines: one document per line with `id` and `text`, an optional `series`
// (reuse inside one series is treated as boilerplate) and any other fields, which it passes
// through to its output. A folder of files is one input to Spark, so the export is a folder of
// parts that Spark can read in parallel.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../contract/errors';
import type { Library } from '../../db';
import { eachVersionText, type VersionText } from '../../db/version-stream';
import { writeAtomic } from '../write-atomic';

/** Shape of the export. */
export const PASSIM_EXPORT = {
  /** Documents per file: Spark reads files in parallel, and one huge file is one task. */
  perFile: 10_000,
  /** Hex digits of the content hash in an id: enough to tell articles apart, short to read. */
  hashDigits: 12,
} as const;

/** One passim input record. */
export interface PassimDoc {
  id: string;
  series: string;
  /** The publication day, YYYY-MM-DD (what Spark's `date()` reads in --fields/--filterpairs). */
  date?: string;
  text: string;
  title?: string;
  url?: string;
}

/**
 * A version's passim id: its library id and the start of its content hash, so reading the
 * clusters back can check that the id still names the same text (and find the text by its hash
 * in another copy of the library).
 */
export function passimId(v: Pick<VersionText, 'id' | 'contentHash'>): string {
  return `retold-${v.id}-${v.contentHash.slice(0, PASSIM_EXPORT.hashDigits)}`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/**
 * The record of one version. The series is the outlet (else the site of its address); an
 * article of unknown outlet gets a series of its own, since passim takes reuse within one
 * series for boilerplate and unknown outlets are not one outlet.
 */
export function passimDoc(v: VersionText): PassimDoc {
  const series = v.outlet?.trim() || hostOf(v.url) || `unknown-outlet-${v.id}`;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(v.published ?? '')?.[0];
  return {
    id: passimId(v),
    series,
    ...(day ? { date: day } : {}),
    text: v.text,
    ...(v.title ? { title: v.title } : {}),
    ...(v.url ? { url: v.url } : {}),
  };
}

/**
 * Writes the library (or its unsorted articles) into `dir` as passim input files
 * (`retold-00001.json`, …); returns the files written and the number of documents. The folder
 * must be new or empty: passim reads every file in it, and a stray file would join the input.
 */
export function exportPassim(
  lib: Library,
  dir: string,
  options: { unsortedOnly?: boolean } = {},
): { files: string[]; documents: number } {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new AppError(
      'bad_input',
      `“${dir}” is not empty. passim reads every file in its input folder: choose a new or empty folder.`,
    );
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let lines: string[] = [];
  let documents = 0;
  const flush = () => {
    if (lines.length === 0) return;
    const file = path.join(dir, `retold-${String(files.length + 1).padStart(5, '0')}.json`);
    writeAtomic(file, `${lines.join('\n')}\n`);
    files.push(file);
    lines = [];
  };
  for (const v of eachVersionText(lib.db, options.unsortedOnly === true)) {
    lines.push(JSON.stringify(passimDoc(v)));
    documents += 1;
    if (lines.length >= PASSIM_EXPORT.perFile) flush();
  }
  flush();
  return { files, documents };
}
