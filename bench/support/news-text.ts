// News-like text with a realistic vocabulary, for timing the engine on the ordinary case
// (issue 8: "a 100,000-word pair takes under 1 s"). The worst-case generator draws from about
// 90 words, so every word is in hundreds of sentences and the pair is flagged coarse: that is
// a stress test, not a news story. Here content words come from a vocabulary of several
// thousand invented words drawn with a Zipf law (frequency ∝ 1/rank, as in real text), mixed
// with function words at about their share of English prose, names, amounts, and the
// attributions and quotations of wire copy. Seeded, so every run sees the same text.
import { prng } from './prng';

const FUNCTION_WORDS = (
  'the of and to a in that is was for on with as by at from he it his said be has have are ' +
  'were an which this not but had they who been their will would after its also more than ' +
  'or about over into when there could what some other she her new up out no only can'
).split(' ');
const SYLLABLES = (
  'ba be bi bo bu ca ce co da de di do fa fe fi ga go ha he hi ka ke ko la le li lo lu ma me ' +
  'mi mo na ne ni no pa pe pi po ra re ri ro ru sa se si so ta te ti to va ve vi wa we ya zo ' +
  'bar ten mor lin ves tor gan pel dun ster'
).split(' ');
// "said" dominates wire copy; the other verbs are content words, spread so none of them is in
// hundreds of sentences.
const VERBS = [
  ...Array<string>(8).fill('said'),
  'says',
  'told reporters',
  'added',
  'noted',
  'explained',
  'argued',
  'wrote',
  'recalled',
];

/** `size` distinct invented words of 2–4 syllables, in a seeded order (rank 1 first). */
function vocabulary(size: number, rnd: () => number): string[] {
  const seen = new Set<string>();
  while (seen.size < size) {
    const n = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < n; i += 1) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)] ?? '';
    seen.add(w);
  }
  return [...seen];
}

/**
 * A sampler of `xs` by the Zipf–Mandelbrot law: the item of rank r is drawn with weight
 * 1/(r + shift). Content words and names start below the function words in a real ranking,
 * so their curve is flatter at the top (shift about 50) than the function words' (shift 0).
 */
function zipf<T>(xs: readonly T[], rnd: () => number, shift = 0): () => T {
  const cum: number[] = [];
  let total = 0;
  for (let r = 1; r <= xs.length; r += 1) cum.push((total += 1 / (r + shift)));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return xs[lo] as T;
  };
}

/** Options of {@link newsParagraphs}. */
export interface NewsOptions {
  /** Distinct content words (default 8000). */
  vocabulary?: number;
  /** Distinct names (default 400). */
  names?: number;
  seed?: number;
}

/** Paragraphs of 1–3 news-like sentences, about `words` words in all. */
export function newsParagraphs(words: number, opts: NewsOptions = {}): string[] {
  return newsWriter(opts)(words);
}

/**
 * A writer of news-like paragraphs that keeps its vocabulary and its random state between
 * calls, so many articles (bench/support/generate-library.ts) share one vocabulary and each
 * call costs only its words. Its first call gives what `newsParagraphs` gives.
 */
export function newsWriter(opts: NewsOptions = {}): (words: number) => string[] {
  const rnd = prng(opts.seed ?? 42);
  const content = zipf(vocabulary(opts.vocabulary ?? 8000, rnd), rnd, 50);
  const capital = (w: string): string => `${w.charAt(0).toUpperCase()}${w.slice(1)}`;
  const name = zipf(vocabulary(opts.names ?? 400, rnd).map(capital), rnd, 50);
  const func = zipf(FUNCTION_WORDS, rnd);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const clause = (len: number): string[] =>
    Array.from({ length: len }, () => {
      const r = rnd();
      if (r < 0.45) return func();
      if (r < 0.5) return name();
      if (r < 0.52) return `$${Math.floor(rnd() * 900) + 100},000`;
      return content();
    });
  const sentence = (): string => {
    const w = clause(8 + Math.floor(rnd() * 18));
    const t = w.join(' ');
    const s = capital(t);
    const r = rnd();
    // Wire copy attributes much of what it reports, often with a direct quotation.
    if (r < 0.15) return `“${s},” ${name()} ${pick(VERBS)}.`;
    if (r < 0.3) return `${s}, ${name()} ${pick(VERBS)}.`;
    return `${s}.`;
  };
  return (words: number): string[] => {
    const paras: string[] = [];
    let n = 0;
    while (n < words) {
      const ss = Array.from({ length: 1 + Math.floor(rnd() * 3) }, sentence);
      for (const s of ss) n += s.split(' ').length;
      paras.push(ss.join(' '));
    }
    return paras;
  };
}
