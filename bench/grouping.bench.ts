// Grouping accuracy and speed (issue 12, item 3). Builds the corpus (bench/grouping/corpus.ts:
// the development set's real clusters and controls, plus generated clusters, independent
// same-event reports, same-topic and unrelated articles), imports it into a new library through
// the bulk-import write path (so every article gets its signature as in real use), runs
// proposeStories over the unsorted articles and prints pairwise precision, recall and the
// adjusted Rand index, overall and on the real articles alone, with the misses by kind. The
// baseline, in the same run, is the LSH candidates taken as stories without verification.
// Speed: signatures per second, "Find other versions" latency (p50/p95 over 100 queries) and
// the time to group everything.
//   node --import tsx bench/grouping.bench.ts                 the accuracy corpus (~5,000)
//   node --import tsx bench/grouping.bench.ts --large 100000  also a generated 100,000-article
//                                                             library (cached under the tmp dir)
//   node --import tsx bench/grouping.bench.ts --large 100000 --only-large   that library alone
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { candidatePairs } from '../backend/collections/candidates';
import { components } from '../backend/collections/components';
import { findOtherVersions } from '../backend/collections/find-versions';
import { proposeStories } from '../backend/collections/propose';
import type { StoryProposal } from '../backend/collections/types';
import { Library } from '../db';
import { findVersionByHash, writeBulkBatch } from '../db/bulk-write';
import { contentHash } from '../db/hash';
import { minhashOf } from '../engine/relations/derivation/minhash';
import type { CorpusArticle } from './grouping/corpus';
import { devsetArticles } from './grouping/devset-truth';
import { generateArticles, type GenerateOptions } from './grouping/generate';
import { agreement, type Agreement } from './grouping/metrics';
import { prng } from './support/prng';

const ACCURACY: GenerateOptions = {
  seed: 12,
  topics: 40,
  eventsPerTopic: 5,
  maxCopies: 6,
  independentShare: 0.5,
  sameTopic: 2000,
  unrelated: 1000,
};

/** Imports articles, each into a story of its own (unsorted), 200 per transaction. */
function importAll(lib: Library, articles: readonly CorpusArticle[]): number[] {
  const ids: number[] = [];
  for (let i = 0; i < articles.length; i += 200) {
    const batch = articles.slice(i, i + 200).map((a) => ({
      story: null,
      ownStoryTitle: a.title.slice(0, 200),
      version: {
        meta: { title: a.title, outlet: a.outlet, published: a.published },
        sourceKind: 'bulk' as const,
        sourceName: null,
        rawBytes: new TextEncoder().encode(a.text),
        encoding: 'utf-8',
        format: 'text' as const,
        text: a.text,
        wordCount: a.text.split(/\s+/).length,
      },
    }));
    for (const w of writeBulkBatch(lib, batch)) ids.push(w.versionId);
  }
  return ids;
}

/** Each version's predicted story: its proposal's index, or itself alone. */
function predictedLabels(ids: readonly number[], proposals: readonly StoryProposal[]): string[] {
  const of = new Map<number, string>();
  proposals.forEach((p, i) => p.members.forEach((m) => of.set(m.versionId, `p${i}`)));
  return ids.map((id) => of.get(id) ?? `v${id}`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (label: string, a: Agreement) =>
  `${label.padEnd(34)} precision ${pct(a.precision).padStart(6)}  recall ${pct(a.recall).padStart(6)}  ARI ${a.ari.toFixed(3)}  (pairs: ${a.predictedPairs} proposed, ${a.truePairs} true)`;

/** Misses by kind: true pairs left apart, and wrong pairs, counted by the articles' kinds. */
function misses(articles: readonly CorpusArticle[], predicted: readonly string[]): string[] {
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const byTruth = new Map<string, number[]>();
  articles.forEach((a, i) => byTruth.set(a.truth, [...(byTruth.get(a.truth) ?? []), i]));
  for (const members of byTruth.values()) {
    for (const i of members.slice(1)) {
      if (predicted[i] !== predicted[members[0] ?? 0]) bump(`kept apart: ${articles[i]?.kind}`);
    }
  }
  const byPred = new Map<string, number[]>();
  predicted.forEach((p, i) => byPred.set(p, [...(byPred.get(p) ?? []), i]));
  for (const members of byPred.values()) {
    const first = articles[members[0] ?? 0];
    for (const i of members.slice(1)) {
      const a = articles[i];
      if (a && first && a.truth !== first.truth) bump(`joined wrongly: ${first.kind} + ${a.kind}`);
    }
  }
  return [...counts].sort((x, y) => y[1] - x[1]).map(([k, n]) => `  ${k}: ${n}`);
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

/** p50/p95 of "Find other versions" over 100 seeded queries. */
function findLatency(lib: Library, ids: readonly number[]): string {
  const rnd = prng(7);
  const ms: number[] = [];
  let found = 0;
  for (let i = 0; i < 105; i += 1) {
    const id = ids[Math.floor(rnd() * ids.length)] ?? 1;
    const t0 = performance.now();
    found += findOtherVersions(lib, id).versions.length;
    if (i >= 5) ms.push(performance.now() - t0); // the first five warm the JIT
  }
  return `find other versions: p50 ${quantile(ms, 0.5).toFixed(1)} ms, p95 ${quantile(ms, 0.95).toFixed(1)} ms (100 queries, ${(found / 105).toFixed(1)} found per query; target < 50 ms)`;
}

function accuracyRun(dir: string): void {
  const articles = [...devsetArticles(), ...generateArticles(ACCURACY)];
  const t0 = performance.now();
  for (const a of articles) minhashOf(a.text);
  const sigMs = performance.now() - t0;
  console.log(
    `corpus: ${articles.length} articles (${devsetArticles().length} real), ` +
      `${new Set(articles.map((a) => a.truth)).size} true stories; signatures ${((articles.length * 1000) / sigMs).toFixed(0)}/s`,
  );
  const lib = new Library(path.join(dir, 'accuracy.sqlite'));
  const ti = performance.now();
  const ids = importAll(lib, articles);
  console.log(
    `imported (bulk write path, with signatures): ${((articles.length * 1000) / (performance.now() - ti)).toFixed(0)} articles/s`,
  );
  const tp = performance.now();
  const proposals = proposeStories(lib);
  const groupMs = performance.now() - tp;
  const predicted = predictedLabels(ids, proposals);
  const truth = articles.map((a) => a.truth);
  console.log(`grouped in ${(groupMs / 1000).toFixed(1)} s: ${proposals.length} proposals`);
  console.log(line('proposeStories, all', agreement(truth, predicted)));
  const real = articles.map((a, i) => (a.kind.startsWith('devset') ? i : -1)).filter((i) => i >= 0);
  console.log(
    line(
      'proposeStories, real (devset) only',
      agreement(
        real.map((i) => truth[i]),
        real.map((i) => predicted[i]),
      ),
    ),
  );
  const baseline = components(
    ids,
    candidatePairs(lib, new Set(ids)).map((p) => [p.a, p.b] as const),
  );
  const base = new Map<number, string>();
  baseline.forEach((c, i) => c.forEach((id) => base.set(id, `c${i}`)));
  console.log(
    line(
      'baseline: LSH candidates, unverified',
      agreement(
        truth,
        ids.map((id) => base.get(id) ?? ''),
      ),
    ),
  );
  console.log(['misses by kind:', ...misses(articles, predicted)].join('\n'));
  console.log(findLatency(lib, ids));
  lib.close();
}

function largeRun(n: number): void {
  const file = path.join(os.tmpdir(), `retold-grouping-${n}.sqlite`);
  const scale = n / 100_000;
  const opts: GenerateOptions = {
    seed: 100,
    topics: Math.max(1, Math.round(400 * scale)),
    eventsPerTopic: 10,
    maxCopies: 6,
    independentShare: 0.3,
    sameTopic: Math.round(40_000 * scale),
    unrelated: 0,
  };
  opts.unrelated = Math.max(0, n - generateArticles(opts).length);
  const all = generateArticles(opts);
  if (!existsSync(file)) {
    const lib = new Library(file);
    const t0 = performance.now();
    importAll(lib, all);
    const s = (performance.now() - t0) / 1000;
    console.log(
      `generated and imported ${all.length} articles in ${s.toFixed(0)} s (${(all.length / s).toFixed(0)}/s)`,
    );
    lib.close();
  } else console.log(`reusing ${file} (delete it to regenerate)`);
  const lib = new Library(file);
  const ids = lib.db.prepare('SELECT id FROM versions ORDER BY id').pluck().all() as number[];
  console.log(`library: ${ids.length} versions, ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  console.log(findLatency(lib, ids));
  const t0 = performance.now();
  const proposals = proposeStories(lib);
  console.log(
    `group all unsorted: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${proposals.length} proposals (target < 120 s)`,
  );
  // each article's version by its content hash (an article identical to another is one version)
  const versionOf = (a: CorpusArticle) =>
    findVersionByHash(lib.db, contentHash(a.text))?.versionId ?? 0;
  const predicted = predictedLabels(all.map(versionOf), proposals);
  console.log(
    line(
      'proposeStories, 100k library',
      agreement(
        all.map((a) => a.truth),
        predicted,
      ),
    ),
  );
  lib.close();
}

function main(): void {
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (${os.cpus().length} cores)`,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-grouping-bench-'));
  try {
    if (!process.argv.includes('--only-large')) accuracyRun(dir);
    const at = process.argv.indexOf('--large');
    if (at >= 0) largeRun(Number(process.argv[at + 1] ?? 100_000));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
