// Output identity: runs compare() on every input the project has and prints one hash of the
// result's JSON per input, so a speed change can prove it changed no output byte.
//   npx tsx bench/support/output-identity.ts              prints "name hash" lines
//   npx tsx bench/support/output-identity.ts > before.txt; ...; diff before.txt after.txt
// Inputs: the real seeds (/work/shared/seeds, or SEEDS_DIR; skipped with a note when absent),
// the demo story, every cluster of the dev set (auto base and named base), and the
// worst-case bench inputs at smaller sizes, each with default options and with the options
// that change the pipeline (ignoreCase, no spelling fold, no sources).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoStory } from '../../backend/demo/demo-story';
import { compare, type CompareOptions, type VersionInput } from '../../engine/index';
import { loadDevset } from '../devset/load';
import { newsParagraphs } from './news-text';
import * as W from './worst-inputs';

interface IdentityCase {
  name: string;
  versions: VersionInput[];
}

/** Option sets each input runs with: the default, and each switch that changes a stage. */
const OPTION_SETS: Array<[string, CompareOptions]> = [
  ['default', {}],
  ['base0', { base: 0 }],
  ['ignoreCase', { base: 0, ignoreCase: true }],
  ['noFold', { base: 0, foldSpelling: false }],
  ['noSources', { base: 0, sources: false }],
];

const twice = (text: string): VersionInput[] => [
  { id: 'a', text },
  { id: 'b', text },
];

function seedCases(): IdentityCase[] {
  const dir = process.env.SEEDS_DIR ?? '/work/shared/seeds';
  const catalog = path.join(dir, 'catalog.json');
  if (!existsSync(catalog)) {
    console.log(`# seeds skipped: no ${catalog}`);
    return [];
  }
  const raw = JSON.parse(readFileSync(catalog, 'utf8')) as {
    stories: Array<{ versions: Array<{ file: string; outlet: string | null }> }>;
  };
  return raw.stories.map((s, i) => ({
    name: `seed-story-${i}`,
    versions: s.versions.map((v) => ({
      id: v.file,
      text: readFileSync(path.join(dir, v.file), 'utf8'),
      outlet: v.outlet ?? undefined,
    })),
  }));
}

function demoCase(): IdentityCase {
  return {
    name: 'demo-story',
    versions: demoStory.versions.map((v, i) => ({
      id: `demo-${i}`,
      text: v.text,
      outlet: v.outlet,
      title: v.title,
      published: v.published,
    })),
  };
}

function devsetCases(): IdentityCase[] {
  return loadDevset().map((c) => ({
    name: `devset-${c.file}`,
    versions: c.versions.map((v, i) => ({
      id: v.id,
      text: c.texts[i] ?? '',
      outlet: v.outlet,
      published: v.published ?? undefined,
    })),
  }));
}

/** The worst-case bench inputs at sizes that run in seconds. */
function worstCases(): IdentityCase[] {
  const news = newsParagraphs(20000, { seed: 42 });
  const story = W.storyParagraphs(20000, 42);
  // The input of the 1 s target itself (bench/worst-case.bench.ts pair-100k-words).
  const big = newsParagraphs(100000, { seed: 42 });
  return [
    { name: 'word-lines-2k', versions: twice(W.wordLines(2000)) },
    { name: 'unpunctuated-20KB', versions: twice(W.unpunctuated(20000)) },
    { name: 'one-paragraph-100KB', versions: twice(W.oneParagraph(100000)) },
    { name: 'quotes-500', versions: twice(W.repeatedQuotes(500)) },
    { name: 'stopword-lines-1k', versions: twice(W.stopwordLines(1000)) },
    { name: 'near-identical-2k', versions: twice(W.nearIdenticalLines(2000)) },
    { name: 'versions-20', versions: W.manyVersions(20, 300) },
    {
      name: 'news-pair-20k',
      versions: [
        { id: 'base', text: news.join('\n\n') },
        { id: 'reprint', text: W.reprint(news, Math.round(news.length / 10), 43) },
      ],
    },
    {
      name: 'news-pair-100k',
      versions: [
        { id: 'base', text: big.join('\n\n') },
        { id: 'reprint', text: W.reprint(big, Math.round(big.length / 10), 43) },
      ],
    },
    {
      name: 'story-pair-20k',
      versions: [
        { id: 'base', text: story.join('\n\n') },
        { id: 'reprint', text: W.reprint(story, 8, 43) },
      ],
    },
  ];
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

const only = process.argv.slice(2);
const cases = [...seedCases(), demoCase(), ...devsetCases(), ...worstCases()];
for (const c of cases) {
  if (only.length > 0 && !only.some((f) => c.name.includes(f))) continue;
  for (const [label, options] of OPTION_SETS) {
    let out: string;
    try {
      out = hashOf(compare(c.versions, options));
    } catch (e) {
      out = `threw ${(e as Error).message}`;
    }
    console.log(`${c.name} ${label} ${out}`);
  }
}
