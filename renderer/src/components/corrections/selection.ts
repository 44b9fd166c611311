// Reading the person's text selection in the pair view as offsets into the versions' texts.
// In the side-by-side layout each paragraph is a `.para[data-block]` whose text is exactly
// its block of the version's text (ParaText writes the slice, marks only wrap it), inside a
// `.cell-base` or `.cell-version`; so an offset is the block's start plus the length of the
// text before the selection point in that paragraph. The inline layout mixes the base's
// deleted words into the version's paragraph, so it is refused there.

/** One end of a selection: which side, which block, and the offset in the version's text. */
export interface SelectionPoint {
  side: 'base' | 'version';
  block: number;
  offset: number;
}

function paraOf(node: Node): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : node.parentElement;
  return el?.closest<HTMLElement>('.pair-view .para[data-block]') ?? null;
}

function pointOf(
  node: Node,
  offset: number,
  blockStart: (side: 'base' | 'version', block: number) => number | null,
): SelectionPoint | null {
  const para = paraOf(node);
  const cell = para?.closest('.cell-base, .cell-version');
  if (!para || !cell) return null;
  const side = cell.classList.contains('cell-base') ? 'base' : 'version';
  const block = Number(para.dataset.block);
  const start = blockStart(side, block);
  if (start === null) return null;
  const before = document.createRange();
  before.selectNodeContents(para);
  before.setEnd(node, offset);
  return { side, block, offset: start + before.toString().length };
}

/**
 * The current selection's two ends in the pair view, or null when nothing usable is selected
 * (nothing, or outside the texts, or in the inline layout).
 */
export function readSelection(
  blockStart: (side: 'base' | 'version', block: number) => number | null,
): { from: SelectionPoint; to: SelectionPoint } | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  const from = pointOf(r.startContainer, r.startOffset, blockStart);
  const to = pointOf(r.endContainer, r.endOffset, blockStart);
  return from && to ? { from, to } : null;
}
