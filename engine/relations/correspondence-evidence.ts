// The evidence of one correspondence: the items the two paragraphs share, as the base writes
// them and in the base's order, so a reader can find each one in the text. Entity words that
// stand next to each other in the base are shown as one name ("Dahua Technology").

import type { Prepared } from '../text/prepare.js';
import type { CorrespondenceEvidence } from '../types.js';
import type { Item, ItemKind, Items } from './correspondence-items.js';

/** Shared entity items joined into names where their tokens follow each other in the base. */
function names(base: Prepared, shared: Item[]): string[] {
  const out: string[] = [];
  let run: Item[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0] as Item;
    const last = run[run.length - 1] as Item;
    const end = base.tokens.end[last.token] ?? last.at;
    // a run holds consecutive tokens only (see below): show the name as written
    const text =
      run.length > 1 ? base.input.text.slice(first.at, end).replace(/['’]s$/u, '') : first.shown;
    if (!out.includes(text)) out.push(text);
    run = [];
  };
  for (const it of shared) {
    const prev = run[run.length - 1];
    if (prev !== undefined && it.token !== prev.token + 1) flush();
    run.push(it);
  }
  flush();
  return out;
}

/** Distinct `shown` texts in order. */
const distinct = (xs: Item[]) => [...new Set(xs.map((x) => x.shown))];

/** What two paragraphs' items share, by kind, in the base paragraph's order. */
export function evidenceOf(base: Prepared, b: Items, v: Items): CorrespondenceEvidence {
  const byKind: Record<ItemKind, Item[]> = {
    entity: [],
    number: [],
    speaker: [],
    quote: [],
    word: [],
  };
  for (const [k, it] of b) if (v.has(k)) byKind[it.kind].push(it);
  for (const list of Object.values(byKind)) list.sort((x, y) => x.at - y.at || x.token - y.token);
  return {
    entities: names(base, byKind.entity),
    numbers: distinct(byKind.number),
    speakers: distinct(byKind.speaker),
    quotes: distinct(byKind.quote),
    words: distinct(byKind.word),
  };
}
