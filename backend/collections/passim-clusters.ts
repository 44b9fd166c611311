// Reading passim's cluster output back (issue 12, item 6). passim writes a folder `out.json`
// of Spark parts (`part-*.json`, possibly gzipped), one JSON record per reused passage: the
// input document's fields (`id`, `series`, `date`, …) plus `cluster` (the cluster's id),
// `size`, `begin` and `end` (character offsets of the passage in the document), `uid`, `src`
// and `pboiler` (github.com/dasmiq/passim, README "Running passim"). This module turns those
// records into clusters of documents; passim-import.ts turns them into story proposals.
//
// A document can share passages with several clusters (a round-up that quotes two wire
// stories). A story holds an article once, so each document goes to the cluster where passim
// aligned the most of its text; ties go to the lower cluster id, so the result does not
// depend on the order of the parts.
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { AppError } from '../../contract/errors';

/** One passage record, as far as Retold reads it. */
export interface PassimPassage {
  id: string;
  cluster: string;
  /** Characters of the document in this passage (end − begin; 1 when passim gave none). */
  chars: number;
}

/** The documents of each cluster, after each document was given to one cluster. */
export interface PassimClusters {
  /** Cluster id → document ids, in order of first appearance. */
  clusters: Map<string, string[]>;
  passages: number;
  /** Documents found in more than one cluster. */
  inSeveral: number;
}

/** The files of `input`: the file itself, or a folder's parts (Spark skips `_` and `.` files). */
export function clusterFiles(input: string): string[] {
  let stat;
  try {
    stat = statSync(input);
  } catch {
    throw new AppError('not_found', `There is no file or folder “${input}”.`);
  }
  if (!stat.isDirectory()) return [input];
  const files = readdirSync(input)
    .filter((n) => !n.startsWith('_') && !n.startsWith('.'))
    .sort()
    .map((n) => path.join(input, n))
    .filter((f) => statSync(f).isFile());
  if (files.length === 0)
    throw new AppError('empty', `“${input}” holds no files: point at passim's out.json folder.`);
  return files;
}

const where = (file: string, line: number) => `${path.basename(file)}, line ${line}`;

/** Parses one line into a passage; throws a sentence naming the file and line. */
export function parsePassage(text: string, file: string, line: number): PassimPassage {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new AppError('bad_input', `${where(file, line)} is not a JSON record (${why}).`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new AppError('bad_input', `${where(file, line)} is not a JSON object.`);
  const r = record as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '')
    throw new AppError('bad_input', `${where(file, line)} has no document “id”.`);
  if (typeof r.cluster !== 'number' && typeof r.cluster !== 'string')
    throw new AppError(
      'bad_input',
      `${where(file, line)} has no “cluster”: this looks like passim's input, not its output (the out.json folder).`,
    );
  const begin = typeof r.begin === 'number' ? r.begin : 0;
  const end = typeof r.end === 'number' ? r.end : begin + 1;
  return { id: r.id, cluster: String(r.cluster), chars: Math.max(1, end - begin) };
}

async function* linesOf(file: string): AsyncGenerator<string> {
  const raw = createReadStream(file);
  const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  yield* createInterface({ input: stream, crlfDelay: Infinity });
}

/** Reads passim's output (a file or its out.json folder) into clusters of documents. */
export async function readPassimClusters(input: string): Promise<PassimClusters> {
  // document → cluster → aligned characters
  const aligned = new Map<string, Map<string, number>>();
  let passages = 0;
  for (const file of clusterFiles(input)) {
    let n = 0;
    for await (const line of linesOf(file)) {
      n += 1;
      if (line.trim() === '') continue;
      const p = parsePassage(line, file, n);
      passages += 1;
      const mine = aligned.get(p.id) ?? new Map<string, number>();
      mine.set(p.cluster, (mine.get(p.cluster) ?? 0) + p.chars);
      aligned.set(p.id, mine);
    }
  }
  const clusters = new Map<string, string[]>();
  let inSeveral = 0;
  for (const [doc, byCluster] of aligned) {
    if (byCluster.size > 1) inSeveral += 1;
    const best = [...byCluster].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))[0];
    if (!best) continue;
    const list = clusters.get(best[0]) ?? [];
    list.push(doc);
    clusters.set(best[0], list);
  }
  return { clusters, passages, inSeveral };
}

/** Numeric cluster ids in numeric order, others as text. */
function compareIds(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
}
