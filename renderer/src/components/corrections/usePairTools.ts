// What the pair's text tools do with the person's selection (selection.ts): a note on the
// selected words (on the word change they overlap, else on their paragraph), an attribution
// the engine missed, and linking or unlinking the two selected paragraphs. Each names words
// by version and offsets only; the backend reads the words from the library.
import { useState } from 'react';
import { findFinding, type Pair } from '../../../../engine';
import type { Annotations } from '../notes/useAnnotations';
import { readSelection, type SelectionPoint } from './selection';

type Side = SelectionPoint['side'];
/** Selected words of one version: side and offsets. */
export interface Words {
  side: Side;
  start: number;
  end: number;
}

/** The pair's text tools for an annotated, loaded comparison. */
export function usePairTools(a: Annotations, pair: Pair) {
  const [hint, setHint] = useState<string | null>(null);
  const [noting, setNoting] = useState<Words | null>(null);
  const loaded = a.loaded;
  const c = loaded?.comparison;
  const index = (side: Side) => (side === 'base' ? (c?.base ?? 0) : pair.version);
  const textOf = (side: Side) => c?.versions[index(side)]?.text ?? '';
  const blockStart = (side: Side, b: number) => c?.versions[index(side)]?.blocks[b]?.start ?? null;
  const idOf = (side: Side) => loaded?.versions[index(side)]?.id ?? 0;
  const other = (side: Side): Side => (side === 'base' ? 'version' : 'base');

  /** The selected words of one paragraph, whitespace trimmed; null (with a hint) otherwise. */
  const words = (what: string): Words | null => {
    const sel = readSelection(blockStart);
    if (!sel || sel.from.side !== sel.to.side || sel.from.block !== sel.to.block) {
      setHint(`Select the ${what} within one paragraph of either text first.`);
      return null;
    }
    const text = textOf(sel.from.side);
    let [start, end] = [sel.from.offset, sel.to.offset];
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    setHint(end > start ? null : 'Select some words first.');
    return end > start ? { side: sel.from.side, start, end } : null;
  };

  const addAttribution = (): void => {
    const w = words('attribution’s words');
    if (!w) return;
    void a.correct({
      kind: 'add-attribution',
      anchor: { versionId: idOf(w.side), start: w.start, end: w.end },
      otherVersionId: idOf(other(w.side)),
    });
  };

  const saveNote = async (body: string): Promise<boolean> => {
    if (!noting || !c) return false;
    const at = {
      index: index(noting.side),
      start: noting.start,
      end: noting.end,
      how: 'exact' as const,
    };
    const kind = findFinding(c, c.pairs.indexOf(pair), 'word change', at)
      ? 'word change'
      : 'paragraph';
    const anchor = { versionId: idOf(noting.side), start: noting.start, end: noting.end };
    const ok = await a.addNote({ kind, anchor, otherVersionId: idOf(other(noting.side)), body });
    if (ok) setNoting(null);
    return ok;
  };

  const paragraphs = (kind: 'link' | 'unlink'): void => {
    const sel = readSelection(blockStart);
    if (!sel || sel.from.side === sel.to.side) {
      setHint('Select from a paragraph of the base into a paragraph of the version first.');
      return;
    }
    setHint(null);
    const para = (p: SelectionPoint) => {
      const blk = c?.versions[index(p.side)]?.blocks[p.block];
      return { versionId: idOf(p.side), start: blk?.start ?? 0, end: blk?.end ?? 1 };
    };
    const [b, v] = sel.from.side === 'base' ? [sel.from, sel.to] : [sel.to, sel.from];
    void a.correct({ kind, anchor: para(b), other: para(v) });
  };

  return {
    hint,
    noting,
    notedText: noting ? textOf(noting.side).slice(noting.start, noting.end) : '',
    startNote: () => setNoting(words('words to note on')),
    cancelNote: () => setNoting(null),
    saveNote,
    addAttribution,
    paragraphs,
  };
}
