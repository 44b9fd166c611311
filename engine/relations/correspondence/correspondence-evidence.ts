// The evidence of one correspondence: the items the two paragraphs share, as the base writes
// them and in the base's order, so a reader can find each one in the text. Entity words that
// stand next to each other in the base are shown as one name ("Dahua Technology").

import type { Prepared } from '../../text/prepare.js';
import type { CorrespondenceEvidence } from '../../types.js';
import type { Item, ItemKind, Items } from './correspondence-items.js';

/**
 * Shared entity items of base block `block` joined into names where their tokens follow each
 * other (items count offsets and tokens from their paragraph's start).
 */
function names(base: Prepared, block: number, shared: Item[]): string[] {
  const shift = base.blocks[block]?.start ?? 0;
  const t0 = base.blockRange[block]?.[0] ?? 0;
  const out: string[] = [];
  let run: Item[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0] as Item;
    const last = run[run.length - 1] as Item;
    const end = base.tokens.end[t0 + last.token] ?? shift + last.at;
    // a run holds consecutive tokens only (see below): show the name as written
    const text =
      run.length > 1
        ? base.input.text.slice(shift + first.at, end).replace(/['’]s$/u, '')
        : first.shown;
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

/** What two paragraphs' items share, by kind, in the order of the base paragraph `block`. */
export function evidenceOf(
  base: Prepared,
  block: number,
  b: Items,
  v: Items,
): CorrespondenceEvidence {
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
    entities: names(base, block, byKind.entity),
    numbers: distinct(byKind.number),
    speakers: distinct(byKind.speaker),
    quotes: distinct(byKind.quote),
    words: distinct(byKind.word),
  };
}
