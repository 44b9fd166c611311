// Worst-case inputs of issue 8 ("Worst-case inputs must not hang, crash or give wrong
// results"), generated from our own words with a seeded PRNG so every run sees the same text.
// Shared by bench/worst-case.bench.ts (the sizes, real targets) and
// tests/unit/engine/worst-case.test.ts (smaller sizes, generous limits).
import { prng } from './prng';

/** Invented newsroom words (content and function words), shared by the generated benchmarks. */
export const VOCAB = (
  'council budget river harbor school bridge mayor police report audit water tax rail plan ' +
  'vote court judge trial witness shares market price fuel grain export factory union strike ' +
  'wage contract hospital nurse patient clinic storm flood drought farmers officials residents ' +
  'critics analysts lawmakers inspectors engineers dredging channel silt vessel cargo pier ' +
  'the a of to in on for with by from after before under over and or but that which who said ' +
  'would could has have had was were is are will new old local state federal public private'
).split(' ');
/** Invented surnames for generated speakers. */
export const NAMES = ['Alvarez', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Brennan', 'Haddad'];

function picker(rnd: () => number): <T>(xs: readonly T[]) => T {
  return <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
}

/** `n` lines of "word." (every line one paragraph, every paragraph the same sentence). */
export function wordLines(n: number): string {
  return 'word.\n'.repeat(n);
}

/** `n` lines made only of stopwords ("It was so."): no content word at all. */
export function stopwordLines(n: number): string {
  return 'It was so.\n'.repeat(n);
}

/** `n` paragraphs, each the same attributed quotation. */
export function repeatedQuotes(n: number): string {
  return '"The harbor will stay open for every vessel," the mayor said on Tuesday.\n\n'.repeat(n);
}

/**
 * About `bytes` of lower-case words with no sentence punctuation, hard-wrapped at about 70
 * characters, so the paragraph splitter rejoins it into one block of one "sentence".
 */
export function unpunctuated(bytes: number, seed = 7): string {
  const pick = picker(prng(seed));
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line = Array.from({ length: 11 }, () => pick(VOCAB).toLowerCase()).join(' ');
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** One realistic sentence of 8–25 words, sometimes with a name or an amount. */
function sentence(rnd: () => number): string {
  const pick = picker(rnd);
  const len = 8 + Math.floor(rnd() * 18);
  const w = Array.from({ length: len }, () => (rnd() < 0.08 ? pick(NAMES) : pick(VOCAB)));
  if (rnd() < 0.2) w.splice(3, 0, `$${Math.floor(rnd() * 900) + 100},000`);
  const t = w.join(' ');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
}

/** Paragraphs of 1–3 sentences, about `words` words in all. */
export function storyParagraphs(words: number, seed = 20240611): string[] {
  const rnd = prng(seed);
  const paras: string[] = [];
  let n = 0;
  while (n < words) {
    const count = 1 + Math.floor(rnd() * 3);
    const ss = Array.from({ length: count }, () => sentence(rnd));
    for (const s of ss) n += s.split(' ').length;
    paras.push(ss.join(' '));
  }
  return paras;
}

/** One paragraph of punctuated sentences, about `bytes` long. */
export function oneParagraph(bytes: number, seed = 11): string {
  const rnd = prng(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = sentence(rnd);
    out.push(s);
    size += s.length + 1;
  }
  return out.join(' ');
}

/** A reprint of `base`: paragraphs dropped, moved, reworded and retyped, `edits` times. */
export function reprint(base: readonly string[], edits: number, seed: number): string {
  const rnd = prng(seed);
  const ps = [...base];
  for (let e = 0; e < edits; e += 1) {
    const i = Math.floor(rnd() * ps.length);
    const r = rnd();
    if (r < 0.25) ps.splice(i, 1);
    else if (r < 0.45) ps.splice(Math.floor(rnd() * ps.length), 0, ...ps.splice(i, 1));
    else if (r < 0.8) {
      ps[i] = (ps[i] ?? '').replace(
        /\b(\w+) (\w+)\b/,
        (_m, a: string) => `${a} ${VOCAB[Math.floor(rnd() * VOCAB.length)] ?? ''}`,
      );
    } else ps[i] = (ps[i] ?? '').replace(/'/g, '\u2019').replace(/ - /g, ' \u2014 ');
  }
  return ps.join('\n\n');
}

/** `n` undated versions of one story of about `words` words: an original and its reprints. */
export function manyVersions(n: number, words: number): Array<{ id: string; text: string }> {
  const base = storyParagraphs(words, 99);
  const out = [{ id: 'v0', text: base.join('\n\n') }];
  for (let i = 1; i < n; i += 1) out.push({ id: `v${i}`, text: reprint(base, 6, 1000 + i) });
  return out;
}

/**
 * `n` lines that differ in one word or two, drawn from a few variants ("The harbor log was
 * read on Monday."), so most lines have many exact twins and more near twins.
 */
export function nearIdenticalLines(n: number, seed = 5): string {
  const pick = picker(prng(seed));
  const days = ['Monday', 'Tuesday', 'Friday'];
  const logs = ['harbor', 'river', 'bridge'];
  return Array.from({ length: n }, () => `The ${pick(logs)} log was read on ${pick(days)}.`).join(
    '\n',
  );
}
