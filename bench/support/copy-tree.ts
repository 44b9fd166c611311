// Stories copied along a known tree, for scoring the copy chain (bench/copy-chain-eval.ts).
// An original in generated prose (news-text.ts, our own invented words) is copied along a
// random tree of depth up to `maxDepth`; each copy takes its parent's paragraphs and makes
// 1–4 edits of the kinds republishers make: trim the ending, drop a paragraph, add one, reword
// sentences, change the credit line, add a sentence. Dates follow the tree (a copy is 1–47
// hours after its source), and a share of versions has none. Some stories also get an
// independent report of the same event (the same names, none of the wording), whose source
// is none. Seeded: the same seed gives the same story.
import { newsWriter } from './news-text';
import { prng } from './prng';

/** One generated version and the truth about it. */
export interface TreeVersion {
  id: string;
  text: string;
  published: string | null;
  /** Index of the version it was copied from; null for the original and independent reports. */
  source: number | null;
}

/** Options of {@link copyTreeStory}. */
export interface CopyTreeOptions {
  /** Versions in all, the original included (default: 3–20 at random). */
  versions?: number;
  /** Deepest copy: 1 means every copy is made from the original (default 4). */
  maxDepth?: number;
  /** Words of the original (default 350). */
  words?: number;
  /** Share of versions with no date (default 0.3). */
  undated?: number;
  /** Chance that the story also holds an independent report (default 0.15). */
  independent?: number;
}

const CREDITS = [
  'Reporting by Tova Hale; editing by Ren Osei.',
  'The Associated Press contributed to this report.',
  'Additional reporting by Mia Castell in Lisbon.',
  'This story was first published by the Harbor Ledger.',
  'Copyright 2024 Northwind Media. All rights reserved.',
  'With reporting from wire services.',
];
const START = Date.UTC(2024, 2, 4, 6, 0);

/** A version's paragraphs as they are being edited, the last one its credit line. */
type Paras = string[];

function editOnce(ps: Paras, rnd: () => number, write: (w: number) => string[]): Paras {
  const body = ps.slice(0, -1);
  const credit = ps[ps.length - 1] ?? '';
  const at = (n: number) => Math.floor(rnd() * n);
  const r = rnd();
  if (r < 0.17 && body.length > 3) {
    body.splice(body.length - 1 - at(2), 2); // trim the ending
  } else if (r < 0.34 && body.length > 3) {
    body.splice(1 + at(body.length - 1), 1); // drop a paragraph
  } else if (r < 0.5) {
    body.splice(1 + at(body.length), 0, write(40)[0] ?? ''); // add a paragraph
  } else if (r < 0.72) {
    for (let k = 0; k < 1 + at(2); k += 1) {
      const i = at(body.length);
      body[i] = reword(body[i] ?? '', rnd, write);
    }
  } else if (r < 0.84) {
    return [...body, CREDITS[at(CREDITS.length)] ?? credit]; // change the credit
  } else {
    const i = at(body.length);
    body[i] = `${body[i] ?? ''} ${write(12)[0]?.split(/(?<=[.!?”])\s/)[0] ?? ''}`.trim();
  }
  return [...body, credit];
}

/** One sentence of the paragraph with two to four of its words replaced. */
function reword(p: string, rnd: () => number, write: (w: number) => string[]): string {
  const sentences = p.split(/(?<=[.!?”])\s+/);
  const s = Math.floor(rnd() * sentences.length);
  const words = (sentences[s] ?? '').split(' ');
  const fresh = (write(10)[0] ?? 'new').split(' ').filter((w) => /^[a-z]+$/.test(w));
  for (let k = 0; k < 2 + Math.floor(rnd() * 3) && words.length > 2; k += 1) {
    const i = 1 + Math.floor(rnd() * (words.length - 2));
    words[i] = fresh[k % Math.max(1, fresh.length)] ?? words[i] ?? '';
  }
  sentences[s] = words.join(' ');
  return sentences.join(' ');
}

/** A story copied along a random tree (see the module comment); version 0 is the original. */
export function copyTreeStory(seed: number, opts: CopyTreeOptions = {}): TreeVersion[] {
  const rnd = prng(seed * 7919 + 17);
  const write = newsWriter({ seed: seed * 31 + 5 });
  const n = opts.versions ?? 3 + Math.floor(rnd() * 18);
  const maxDepth = opts.maxDepth ?? 4;
  const undated = opts.undated ?? 0.3;
  const original = [...write(opts.words ?? 350), CREDITS[0] ?? ''];
  const made: Array<{ paras: Paras; depth: number; time: number; source: number | null }> = [
    { paras: original, depth: 0, time: START, source: null },
  ];
  const independent = rnd() < (opts.independent ?? 0.15) ? n - 1 : -1;
  for (let i = 1; i < n; i += 1) {
    if (i === independent) {
      made.push({ paras: [...write(250), CREDITS[1] ?? ''], depth: 0, time: START, source: null });
      continue;
    }
    const open = made.flatMap((m, k) =>
      (m.depth < maxDepth && m.source !== null) || k === 0 ? [k] : [],
    );
    const parent = open[Math.floor(rnd() * open.length)] ?? 0;
    const from = made[parent] ?? made[0];
    let paras = [...(from?.paras ?? original)];
    for (let e = 0; e < 1 + Math.floor(rnd() * 4); e += 1) paras = editOnce(paras, rnd, write);
    const time = (from?.time ?? START) + (1 + Math.floor(rnd() * 47)) * 3_600_000;
    made.push({ paras, depth: (from?.depth ?? 0) + 1, time, source: parent });
  }
  return made.map((m, i) => ({
    id: `v${i}`,
    text: m.paras.join('\n\n'),
    published: rnd() < undated ? null : new Date(m.time).toISOString(),
    source: m.source,
  }));
}
