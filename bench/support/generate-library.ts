// A generated library for benchmarks and tests at scale (issue 12: "a generated library of
// 100,000 articles of about 600 words"). Deterministic: a seeded PRNG, so every run and every
// machine gets the same articles. Articles come in stories of 1–4 versions, as syndication
// makes them: an original, then reprints by other outlets that drop a paragraph or two and
// change a word; each carries its story's title in `story`, so an import groups them.
//
// `writeArticlesJsonl` writes them as JSONL files (the bulk import's own input format, so a
// benchmark can time the import path people use); `insertArticles` writes them straight
// through db/bulk-write.ts (the same batches, without reading files), for tests that need a
// large library quickly.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { BulkArticle } from '../../db/bulk-write';
import { writeBulkBatch } from '../../db/bulk-write';
import type { Library } from '../../db';
import { newsWriter } from './news-text';
import { prng } from './prng';

/** The shape of a generated library. */
export const LIBRARY_SHAPE = {
  /** Words per article, as in the target. */
  words: 600,
  /** Versions per story: 1 to this, evenly (2.5 on average, so 40,000 stories per 100,000). */
  maxVersions: 4,
  /** Distinct outlets. */
  outlets: 60,
  /** Articles per write transaction in insertArticles (as BULK.batchSize). */
  batch: 500,
  seed: 12,
} as const;

/** One generated article, with the fields of a bulk-import row. */
export interface GeneratedArticle {
  story: string;
  title: string;
  outlet: string;
  published: string;
  text: string;
}

/** Another shape for a test: fewer words (faster), or one version per story (more stories). */
export interface ShapeOptions {
  seed?: number;
  words?: number;
  maxVersions?: number;
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 0, 1);

/** `n` articles, in stories of 1–LIBRARY_SHAPE.maxVersions versions. */
export function* generateArticles(n: number, options: ShapeOptions = {}) {
  const seed = options.seed ?? LIBRARY_SHAPE.seed;
  const words = options.words ?? LIBRARY_SHAPE.words;
  const maxVersions = options.maxVersions ?? LIBRARY_SHAPE.maxVersions;
  const rnd = prng(seed);
  const write = newsWriter({ seed });
  let made = 0;
  for (let story = 0; made < n; story++) {
    const [headline = 'News', ...paras] = write(words);
    const title = headline
      .split(' ')
      .slice(0, 9)
      .join(' ')
      .replace(/[.,“”]+$/u, '');
    const versions = Math.min(n - made, 1 + Math.floor(rnd() * maxVersions));
    const published = START + Math.floor(rnd() * 700) * DAY_MS;
    for (let v = 0; v < versions; v++, made++) {
      const kept = v === 0 ? paras : reprint(paras, rnd);
      yield {
        story: title,
        title,
        outlet: `Outlet ${Math.floor(rnd() * LIBRARY_SHAPE.outlets) + 1}`,
        published: new Date(published + v * 3_600_000).toISOString(),
        text: `${title}\n\n${kept.join('\n\n')}\n`,
      } satisfies GeneratedArticle;
    }
  }
}

/** A reprint: one or two paragraphs dropped from the end or the middle, one word changed. */
function reprint(paras: readonly string[], rnd: () => number): string[] {
  const out = [...paras];
  const drops = 1 + Math.floor(rnd() * 2);
  for (let d = 0; d < drops && out.length > 2; d++) {
    out.splice(rnd() < 0.5 ? out.length - 1 : 1 + Math.floor(rnd() * (out.length - 1)), 1);
  }
  const at = Math.floor(rnd() * out.length);
  out[at] = (out[at] ?? '').replace(/\bsaid\b/, 'says');
  return out;
}

/** Writes `n` articles as JSONL files of `perFile` rows each; returns their paths. */
export async function writeArticlesJsonl(
  dir: string,
  n: number,
  perFile = 10_000,
): Promise<string[]> {
  const files: string[] = [];
  let out: ReturnType<typeof createWriteStream> | null = null;
  let i = 0;
  for (const a of generateArticles(n)) {
    if (i % perFile === 0) {
      if (out) await closeStream(out);
      const file = `${dir}/articles-${String(files.length).padStart(3, '0')}.jsonl`;
      files.push(file);
      out = createWriteStream(file);
    }
    if (!out?.write(`${JSON.stringify(a)}\n`)) await once(out as NodeJS.EventEmitter, 'drain');
    i++;
  }
  if (out) await closeStream(out);
  return files;
}

async function closeStream(out: ReturnType<typeof createWriteStream>): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/** The bulk-write form of a generated article (as a UTF-8 .txt file would arrive). */
export function asBulkArticle(a: GeneratedArticle, i: number): BulkArticle {
  return {
    story: a.story,
    ownStoryTitle: a.title,
    version: {
      meta: { title: a.title, outlet: a.outlet, published: a.published },
      sourceKind: 'bulk',
      sourceName: `generated/${i}.txt`,
      rawBytes: Buffer.from(a.text, 'utf8'),
      encoding: 'utf-8',
      format: 'text',
      text: a.text,
      wordCount: a.text.split(/\s+/u).filter(Boolean).length,
    },
  };
}

/** Writes `n` generated articles into `lib` through db/bulk-write.ts; returns how many. */
export function insertArticles(lib: Library, n: number, options: ShapeOptions = {}): number {
  let batch: BulkArticle[] = [];
  let i = 0;
  for (const a of generateArticles(n, options)) {
    batch.push(asBulkArticle(a, i++));
    if (batch.length >= LIBRARY_SHAPE.batch) {
      writeBulkBatch(lib, batch);
      batch = [];
    }
  }
  if (batch.length > 0) writeBulkBatch(lib, batch);
  return i;
}
