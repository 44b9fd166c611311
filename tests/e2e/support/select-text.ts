// Selecting words in the pair view as a person would with the mouse: a DOM range over the
// text of a side-by-side paragraph (the app reads offsets from the selection).
import type { Page } from '@playwright/test';

/** Selects `words` inside the first paragraph of `cell` ('base' or 'version') that holds them. */
export async function select(
  page: Page,
  cell: 'base' | 'version',
  words: string,
  to?: { cell: 'base' | 'version'; words: string },
) {
  await page.evaluate(
    ({ cell, words, to }) => {
      const find = (c: string, w: string) => {
        const paras = [...document.querySelectorAll(`.pair-view .cell-${c} .para[data-block]`)];
        const p = paras.find((x) => x.textContent?.includes(w));
        if (!p) throw new Error(`no paragraph with ${w}`);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.textContent?.indexOf(w) ?? -1;
          if (i >= 0) return { node: n, start: i, end: i + w.length };
        }
        throw new Error(`${w} crosses marks`);
      };
      const a = find(cell, words);
      const b = to ? find(to.cell, to.words) : a;
      const r = document.createRange();
      r.setStart(a.node, a.start);
      r.setEnd(b.node, b.end);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(r);
    },
    { cell, words, to },
  );
}
