// The copy-chain tree's interaction state (CopyChainTree.tsx): which version holds the one Tab
// stop, which shows its tooltip (pointed at, or focused from the keyboard) and which has its
// evidence pinned, and the WAI-ARIA tree keys: Up and Down walk the versions in reading order,
// Home and End jump, Left goes to the source, Right to the first copy, Enter or Space pins the
// evidence, Escape hides the tooltip and then unpins.
import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { chainOrder, chainParents, type ChainNode, type ChainTree } from '../../compare/copy-chain';

/** The version a tree key moves focus to from `at`, or null when the key is not the tree's. */
function moveFor(key: string, at: number, tree: ChainTree): number | null {
  const order = chainOrder(tree).map((n) => n.version);
  const i = order.indexOf(at);
  switch (key) {
    case 'ArrowDown':
      return order[i + 1] ?? null;
    case 'ArrowUp':
      return i > 0 ? (order[i - 1] ?? null) : null;
    case 'Home':
      return order[0] ?? null;
    case 'End':
      return order[order.length - 1] ?? null;
    case 'ArrowLeft':
      return chainParents(tree).get(at) ?? null;
    case 'ArrowRight':
      return chainOrder(tree).find((n) => n.version === at)?.children[0]?.version ?? null;
    default:
      return null;
  }
}

/** What the tree's items and its panel need from the state. */
export interface ChainTreeState {
  /** The version with the Tab stop. */
  active: number;
  /** The version whose tooltip shows, if any (never the pinned one: its panel shows it). */
  tip: number | null;
  /** The version whose evidence panel stays open, if any. */
  pinned: number | null;
  register: (v: number, el: HTMLLIElement | null) => void;
  /** A click on a version's row: focus it and pin (or unpin) its evidence. */
  onRow: (v: number) => void;
  onHover: (v: number | null) => void;
  /** Focus on an item; only focus from the keyboard shows the tooltip (a click focuses too). */
  onFocus: (v: number, fromKeyboard: boolean) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onBlur: (e: FocusEvent) => void;
  /** Closes the panel and gives focus back to its version. */
  unpin: () => void;
}

/** The state of a copy-chain tree (null: no tree, the state is kept but unused). */
export function useChainTree(tree: ChainTree | null): ChainTreeState {
  const [active, setActive] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  // Escape hides the focused version's tooltip until focus moves on.
  const [tipOff, setTipOff] = useState(false);
  const items = useRef(new Map<number, HTMLLIElement>());
  const nodeOf = (v: number): ChainNode | undefined =>
    tree ? chainOrder(tree).find((n) => n.version === v) : undefined;
  // A new comparison (another base) may leave the remembered version out: the Tab stop must
  // still be on a version of the tree, or the keyboard could not reach it.
  const current = active !== null && nodeOf(active) ? active : (tree?.root.version ?? 0);
  const focusOn = (v: number): void => {
    setActive(v);
    items.current.get(v)?.focus();
  };
  // the base has no claim, so nothing to pin
  const toggle = (v: number): void => setPinned((p) => (p === v || !nodeOf(v)?.entry ? null : v));
  const onKeyDown = (e: KeyboardEvent): void => {
    if (!tree || (e.target as HTMLElement).getAttribute('role') !== 'treeitem') return;
    if (e.key === 'Enter' || e.key === ' ') toggle(current);
    else if (e.key === 'Escape') {
      if (focused !== null && !tipOff) setTipOff(true);
      else setPinned(null);
    } else {
      const to = moveFor(e.key, current, tree);
      if (to === null) return;
      setTipOff(false);
      focusOn(to);
    }
    e.preventDefault();
  };
  const tip = hover ?? (tipOff ? null : focused);
  return {
    active: current,
    tip: tip === pinned ? null : tip,
    pinned,
    register: (v, el) => {
      if (el) items.current.set(v, el);
      else items.current.delete(v);
    },
    onRow: (v) => {
      focusOn(v);
      toggle(v);
    },
    onHover: setHover,
    onFocus: (v, fromKeyboard) => {
      setActive(v);
      setFocused(fromKeyboard ? v : null);
      setTipOff(false);
    },
    onKeyDown,
    onBlur: (e) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(null);
    },
    unpin: () => {
      if (pinned !== null) focusOn(pinned);
      setPinned(null);
    },
  };
}
