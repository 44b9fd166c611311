// Correspondences (issue 13) on the development set (bench/devset/) and the Top10VPN seed:
// the figures the threshold in CORRESPONDENCE (engine/relations/correspondence/correspondence.ts) was chosen
// from. The set has no correspondence truth of its own, so it measures what it can:
//   - derived pairs: a correspondence joins paragraphs that links left apart; it is right
//     when the truth pairs those paragraphs (`paragraphPairs`), and it recovers a truth pair
//     the links missed when it covers one;
//   - control pairs (independent reports): how many there are, printed with their texts
//     (--verbose) for judging by reading;
//   - the Top10VPN seed pair (000 and 001), when ../shared/seeds is present.
//   npx tsx bench/correspondence-eval.ts [--verbose] [--threshold X]
// A benchmark, not a test: it always exits 0.
import { existsSync, readFileSync } from 'node:fs';
import { compare, type Comparison, type Pair } from '../engine/index';
import { CORRESPONDENCE } from '../engine/relations/correspondence/correspondence';
import { loadDevset, type LoadedCluster } from './devset/load';
import { blocksOf } from './devset/score';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const at = args.indexOf('--threshold');
if (at >= 0) CORRESPONDENCE.threshold = Number(args[at + 1]);

const para = (r: Comparison, v: number, b: number) => {
  const block = r.versions[v]?.blocks[b];
  const text = block ? (r.versions[v]?.text.slice(block.start, block.end) ?? '') : '';
  return text.replace(/\s+/g, ' ').slice(0, 140);
};

function show(r: Comparison, p: Pair, label: string): void {
  for (const c of p.correspondences ?? []) {
    console.log(`  ${label} ¶${c.base + 1} ↔ ¶${c.version + 1}  score ${c.score}`);
    console.log(`    base:    ${para(r, r.base, c.base)}`);
    console.log(`    version: ${para(r, p.version, c.version)}`);
    const e = c.evidence;
    console.log(`    shared:  ${[...e.entities, ...e.numbers, ...e.speakers].join(', ')}`);
  }
}

/** Truth paragraph pairs as engine "b:v" keys (a paragraph may span several blocks). */
function truthKeys(c: LoadedCluster, r: Comparison, version: number, pairs: number[][]) {
  const bb = r.versions[c.base]?.blocks ?? [];
  const vb = r.versions[version]?.blocks ?? [];
  return pairs.map(([b, v]) => {
    const bs = blocksOf(bb, c.offsets[c.base]?.[b ?? 0] ?? [0, 0]);
    const vs = blocksOf(vb, c.offsets[version]?.[v ?? 0] ?? [0, 0]);
    return new Set(bs.flatMap((x) => vs.map((y) => `${x}:${y}`)));
  });
}

const tally = { derived: 0, right: 0, recovered: 0, missed: 0, control: 0, controlPairs: 0 };
for (const c of loadDevset()) {
  const r = compare(
    c.versions.map((v, i) => ({ id: v.id, text: c.texts[i] ?? '' })),
    { base: c.base },
  );
  for (const t of c.pairs) {
    const p = r.pairs.find((x) => x.version === t.version);
    if (p === undefined) continue;
    const found = p.correspondences ?? [];
    if (!t.derived) {
      tally.controlPairs += 1;
      tally.control += found.length;
      if (verbose && found.length > 0) show(r, p, `${c.id} v${t.version} (control)`);
      continue;
    }
    const truth = truthKeys(c, r, t.version, t.paragraphPairs);
    const linked = new Set(
      p.links.flatMap((l) => l.base.flatMap((b) => l.version.map((v) => `${b}:${v}`))),
    );
    const keys = new Set(found.map((x) => `${x.base}:${x.version}`));
    tally.derived += found.length;
    tally.right += found.filter((x) => truth.some((s) => s.has(`${x.base}:${x.version}`))).length;
    const missed = truth.filter((s) => ![...s].some((k) => linked.has(k)));
    tally.missed += missed.length;
    tally.recovered += missed.filter((s) => [...s].some((k) => keys.has(k))).length;
    if (verbose && found.length > 0) show(r, p, `${c.id} v${t.version} (derived)`);
  }
}

const seeds = new URL('../../shared/seeds/', import.meta.url);
console.log(`threshold ${CORRESPONDENCE.threshold}`);
console.log(`derived pairs: ${tally.derived} correspondences, ${tally.right} of them in the truth`);
console.log(
  `  truth pairs the links missed: ${tally.missed}, recovered by correspondences: ${tally.recovered}`,
);
console.log(`control pairs: ${tally.control} correspondences over ${tally.controlPairs} pairs`);
if (existsSync(new URL('catalog.json', seeds))) {
  const read = (f: string) => readFileSync(new URL(f, seeds), 'utf8');
  const r = compare(
    [
      { id: '000', text: read('000_ef5e5ca505c94608.txt') },
      { id: '001', text: read('001_c3e66af06926b05f.txt') },
    ],
    { base: 0 },
  );
  const p = r.pairs[0] as Pair;
  console.log(`Top10VPN 000 ↔ 001: ${p.correspondences?.length ?? 0} correspondences`);
  show(r, p, 'seed');
}
