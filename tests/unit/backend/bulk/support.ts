// Shared by the bulk-import tests: a real library in a temporary folder, and invented articles.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../../../../backend/app';
import type { BackendContext } from '../../../../backend/context';

/** A temporary folder with a real, empty library in it. */
export function tempLibrary(prefix: string): {
  dir: string;
  ctx: BackendContext;
  done: () => void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const ctx = startBackend({
    file: path.join(dir, 'library.sqlite'),
    shell: 'cli',
    seedDemo: false,
  });
  return {
    dir,
    ctx,
    done: () => {
      ctx.library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Invented article number `i`: a headline line and a few sentences, unique per `i`. */
export function inventedArticle(i: number): { title: string; text: string } {
  const title = `Harbour report ${i}: council weighs cable plan`;
  const body = Array.from(
    { length: 6 },
    (_, s) => `Sentence ${s} of report ${i} says the council met on day ${(i * 7 + s) % 31}.`,
  ).join(' ');
  return { title, text: `${title}\n\n${body}\n` };
}

/** Counts of rows in the library's tables. */
export function tableCounts(ctx: BackendContext): { stories: number; versions: number } {
  const one = (sql: string): number => (ctx.library.db.prepare(sql).get() as { n: number }).n;
  return {
    stories: one('SELECT count(*) AS n FROM stories'),
    versions: one('SELECT count(*) AS n FROM versions'),
  };
}
