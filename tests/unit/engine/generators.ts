// fast-check generators for the property tests: random news-like texts (our own words) and
// random edit scripts (delete, insert, move, reword, split, merge, typography, trim).
import fc from 'fast-check';

const WORDS = (
  'council budget river harbor school bridge mayor police report audit water tax rail ' +
  'plan vote court judge trial witness shares market price fuel grain export factory ' +
  'union strike wage contract hospital nurse patient clinic storm flood drought farmers ' +
  'officials residents critics analysts lawmakers inspectors engineers the a of to in on ' +
  'for with by from after before under over against about and or but that which who ' +
  'said says told would could may has have had was were is are will new old local state ' +
  'federal public private early late last next first second major minor sharp slow rapid ' +
  'rose fell doubled halved approved rejected delayed opened closed signed blocked ' +
  "reviewed don't China's re-education U.S. Mr. $35,000,000 12% 1.5 million 2019 " +
  'Jan. 5 behavior organization center color'
).split(' ');
const NAMES = ['Alvarez', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Brennan', 'Haddad', 'Novak'];

/** A sentence as a list of words; rendering adds capitals and the final period. */
export type Sentence = string[];
/** A paragraph: one to three sentences. */
export type Paragraph = Sentence[];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES) },
);

/** A random sentence of 5 to 16 words, sometimes quoted. */
export const sentence: fc.Arbitrary<Sentence> = fc.array(word, { minLength: 5, maxLength: 16 });
/** A random paragraph. */
export const paragraph: fc.Arbitrary<Paragraph> = fc.array(sentence, {
  minLength: 1,
  maxLength: 3,
});
/** A random document of 2 to 9 paragraphs. */
export const doc: fc.Arbitrary<Paragraph[]> = fc.array(paragraph, { minLength: 2, maxLength: 9 });

/** One edit of the script; indexes are taken modulo the current sizes. */
export type Edit =
  | { t: 'delete'; i: number }
  | { t: 'insert'; i: number; p: Paragraph }
  | { t: 'move'; i: number; j: number }
  | { t: 'reword'; i: number; s: number; k: number; w: string; mode: 0 | 1 | 2 }
  | { t: 'split'; i: number }
  | { t: 'merge'; i: number }
  | { t: 'typography'; i: number }
  | { t: 'trim'; n: number };

const n = fc.nat(50);
/** A random edit. */
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ t: fc.constant('delete' as const), i: n }),
  fc.record({ t: fc.constant('insert' as const), i: n, p: paragraph }),
  fc.record({ t: fc.constant('move' as const), i: n, j: n }),
  fc.record({
    t: fc.constant('reword' as const),
    i: n,
    s: n,
    k: n,
    w: word,
    mode: fc.constantFrom(0 as const, 1 as const, 2 as const),
  }),
  fc.record({ t: fc.constant('split' as const), i: n }),
  fc.record({ t: fc.constant('merge' as const), i: n }),
  fc.record({ t: fc.constant('typography' as const), i: n }),
  fc.record({ t: fc.constant('trim' as const), n: fc.integer({ min: 1, max: 2 }) }),
);

/** What a paragraph is rendered as: body text, or a headline, byline or photo caption. */
export type ParaKind = 'body' | 'title' | 'byline' | 'caption';

/** A paragraph with a flag for curly typography and what it is rendered as. */
export interface Para {
  sentences: Paragraph;
  curly: boolean;
  kind?: ParaKind;
}

/** A document with a kind for each paragraph (missing kinds are body). */
export interface Story {
  paras: Paragraph[];
  kinds: ParaKind[];
}

/**
 * A random document with page parts around the body: a headline, sometimes a byline, and
 * up to two photo captions between paragraphs, so links between non-body blocks are tested.
 */
export const story: fc.Arbitrary<Story> = fc
  .record({
    d: doc,
    title: fc.array(word, { minLength: 4, maxLength: 10 }),
    byline: fc.boolean(),
    captions: fc.array(fc.record({ at: fc.nat(9), s: sentence }), { maxLength: 2 }),
  })
  .map(({ d, title, byline, captions }) => {
    const paras: Paragraph[] = [...d];
    const kinds: ParaKind[] = d.map(() => 'body');
    for (const c of captions) {
      const at = Math.min(c.at, paras.length);
      paras.splice(at, 0, [c.s]);
      kinds.splice(at, 0, 'caption');
    }
    if (byline) {
      paras.unshift([[NAMES[title.length % NAMES.length] as string]]);
      kinds.unshift('byline');
    }
    paras.unshift([title]);
    kinds.unshift('title');
    return { paras, kinds };
  });

function reword(p: Para, e: Extract<Edit, { t: 'reword' }>): void {
  const s = p.sentences[e.s % p.sentences.length];
  if (s === undefined) return;
  const k = e.k % s.length;
  if (e.mode === 0) s[k] = e.w;
  else if (e.mode === 1) s.splice(k, 0, e.w);
  else if (s.length > 3) s.splice(k, 1);
}

/** Applies an edit script to a document (copied). */
export function applyEdits(d: Paragraph[] | Story, edits: readonly Edit[]): Para[] {
  const paras = Array.isArray(d) ? d : d.paras;
  const kinds = Array.isArray(d) ? [] : d.kinds;
  const ps: Para[] = paras.map((p, i) => ({
    sentences: p.map((s) => [...s]),
    curly: false,
    kind: kinds[i] ?? 'body',
  }));
  for (const e of edits) {
    const len = ps.length;
    if (len === 0) break;
    if (e.t === 'trim') {
      if (len > e.n) ps.splice(len - e.n, e.n);
      continue;
    }
    const p = ps[e.i % len] as Para;
    if (e.t === 'delete' && len > 1) ps.splice(e.i % len, 1);
    else if (e.t === 'insert')
      ps.splice(e.i % (len + 1), 0, { sentences: e.p.map((s) => [...s]), curly: false });
    else if (e.t === 'move') ps.splice(e.j % len, 0, ...ps.splice(e.i % len, 1));
    else if (e.t === 'reword') reword(p, e);
    else if (e.t === 'split' && p.sentences.length > 1) {
      ps.splice((e.i % len) + 1, 0, {
        sentences: p.sentences.splice(1),
        curly: p.curly,
        kind: p.kind,
      });
    } else if (e.t === 'merge' && e.i % len < len - 1) {
      const next = ps.splice((e.i % len) + 1, 1)[0];
      if (next) p.sentences.push(...next.sentences);
    } else if (e.t === 'typography') p.curly = !p.curly;
  }
  return ps;
}

function renderSentence(s: Sentence, curly: boolean): string {
  const text = s.join(' ');
  const out = text.charAt(0).toUpperCase() + text.slice(1) + '.';
  return curly ? out.replace(/'/g, '\u2019').replace(/ 12%/g, '\u00a012%') : out;
}

/** One paragraph as text: a headline has no final period, a caption ends in a photo credit. */
function renderPara(p: Para): string {
  const body = p.sentences.map((s) => renderSentence(s, p.curly)).join(' ');
  if (p.kind === 'title') return body.replace(/\.$/, '');
  if (p.kind === 'byline') return `By ${body.replace(/\.$/, '')}`;
  if (p.kind === 'caption') return `${body} (AP Photo/${p.curly ? 'Jane\u00a0Doe' : 'Jane Doe'})`;
  return body;
}

/** Renders paragraphs as text, separated by blank lines (or single newlines when `tight`). */
export function render(ps: readonly Para[], tight = false): string {
  return ps.map(renderPara).join(tight ? '\n' : '\n\n');
}
