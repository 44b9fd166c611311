// Scores attribution and quote analysis on the labelled set in bench/eval/cases.ts and
// prints precision and recall per status. Run with `npx tsx bench/attribution-eval.ts`.
// A prediction matches a label by its phrase (base side first, the version side for added
// ones); predictions with no label count against precision, labels with no prediction
// against recall. A minor attribution change is labelled with its kind: "changed:tense".
import { compare, type Pair } from '../engine/index';
import { CASES } from './eval/cases';

type Tally = Map<string, { tp: number; predicted: number; labelled: number }>;

function bump(t: Tally, status: string, key: 'tp' | 'predicted' | 'labelled'): void {
  const row = t.get(status) ?? { tp: 0, predicted: 0, labelled: 0 };
  row[key] += 1;
  t.set(status, row);
}

interface Item {
  status: string;
  base?: string | undefined;
  version?: string | undefined;
}

function score(
  t: Tally,
  items: Item[],
  labels: Array<[string, string]>,
  prefix: boolean,
  miss: string[],
): void {
  // Phrases compare without a leading "the" ("the WHO said" labels "WHO said on Monday").
  const norm = (s: string) => s.replace(/^the\s+/i, '');
  const hit = (s: string | undefined, l: string) =>
    s !== undefined &&
    (prefix ? s.startsWith(l) : norm(s).includes(norm(l)) || norm(l).includes(norm(s)));
  const used = new Set<number>();
  for (const [status, phrase] of labels) {
    bump(t, status, 'labelled');
    const i = items.findIndex(
      (x, k) =>
        !used.has(k) && (hit(x.base, phrase) || (x.base === undefined && hit(x.version, phrase))),
    );
    if (i === -1) {
      miss.push(`missing ${status}: ${phrase}`);
      continue;
    }
    used.add(i);
    const got = items[i]?.status ?? '';
    bump(t, got, 'predicted');
    if (got === status) bump(t, status, 'tp');
    else miss.push(`${phrase}: expected ${status}, got ${got}`);
  }
  items.forEach((x, k) => {
    if (used.has(k)) return;
    bump(t, x.status, 'predicted');
    miss.push(`unlabelled ${x.status}: ${x.base ?? x.version ?? ''}`);
  });
}

function print(title: string, t: Tally): void {
  console.log(`\n${title}`);
  let tp = 0;
  let pr = 0;
  let lb = 0;
  for (const [status, r] of [...t.entries()].sort()) {
    const p = r.predicted === 0 ? 1 : r.tp / r.predicted;
    const rc = r.labelled === 0 ? 1 : r.tp / r.labelled;
    console.log(
      `  ${status.padEnd(13)} precision ${p.toFixed(2)}  recall ${rc.toFixed(2)}  (labelled ${r.labelled}, predicted ${r.predicted}, correct ${r.tp})`,
    );
    tp += r.tp;
    pr += r.predicted;
    lb += r.labelled;
  }
  console.log(
    `  ${'all'.padEnd(13)} precision ${(tp / Math.max(1, pr)).toFixed(2)}  recall ${(tp / Math.max(1, lb)).toFixed(2)}  (labelled ${lb})`,
  );
}

const atts: Tally = new Map();
const quotes: Tally = new Map();
const misses: string[] = [];
for (const c of CASES) {
  const r = compare(
    [
      { id: 'base', text: c.base },
      { id: 'version', text: c.version },
    ],
    { base: 0 },
  );
  const p = r.pairs[0] as Pair;
  // A minor rewording ("said" → "says") is scored as its own status, "changed:tense".
  const a = p.attributions.map((x) => ({
    status: x.change === undefined ? x.status : `${x.status}:${x.change}`,
    base: x.base?.text,
    version: x.version?.text,
  }));
  const q = p.quotes.map((x) => ({
    status: x.status,
    base: x.base?.text,
    version: x.version?.text,
  }));
  const m: string[] = [];
  score(atts, a, c.attributions, false, m);
  score(quotes, q, c.quotes, true, m);
  if (m.length > 0) misses.push(`${c.name}:`, ...m.map((x) => `  ${x}`));
}
print(`Attributions (${CASES.length} stories)`, atts);
print('Quotes', quotes);
if (misses.length > 0) console.log(`\nErrors\n${misses.join('\n')}`);
