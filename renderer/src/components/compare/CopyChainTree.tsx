// Who copied whom (issue 13, item 4): the engine's copy chain as a small tree under the
// overview table, the base at its root and each version under its most likely source. The
// confidence is written beside each version and drawn in its edge (solid, dotted for low,
// dashed for ambiguous), never shown by colour alone. Hover or focus shows the evidence in a
// tooltip; a click (Enter, Space) pins it in a panel whose shared edits open the pair view
// at their words. A WAI-ARIA tree with one Tab stop: arrows walk it, Left goes to the source.
import { useMemo } from 'react';
import { versionNumber, type CopyChainEntry } from '../../../../engine';
import {
  chainEvidence,
  chainOrder,
  chainTree,
  claimWords,
  type ChainEvidence,
  type ChainNode,
  type VersionLabel,
} from '../../compare/copy-chain';
import type { LoadedComparison } from '../../compare/useComparison';
import type { PairTarget } from '../../compare/usePairLayout';
import { formatPublished, versionName } from '../../lib/format';
import { ChainPanel, ChainTooltip } from './CopyChainEvidence';
import { useChainTree, type ChainTreeState } from './useChainTree';

interface CopyChainTreeProps {
  loaded: LoadedComparison;
  /** Opens a pair (index into `pairs`), at a paragraph when given. */
  onOpenPair: (pairIndex: number, where?: PairTarget) => void;
}

/** What the tree needs while drawing one node. */
interface NodeContext extends ChainTreeState {
  label: (v: number) => VersionLabel;
  unplaced: ReadonlySet<number>;
  evidence: (node: ChainNode) => ChainEvidence | null;
}

/** The words beside a version: its claim, or what is wrong with it. */
function claimOf(node: ChainNode, ctx: NodeContext): string {
  if (!node.entry) return 'base';
  if (ctx.unplaced.has(node.version))
    return 'source unclear: the comparison gives no usable source';
  return claimWords(node.entry, (v) => ctx.label(v).name);
}

/** The base, a version in the tree (with its confidence, which styles its edge), or one outside it. */
function nodeClass(node: ChainNode, ctx: NodeContext): string {
  if (!node.entry) return 'chain-node chain-root';
  if (ctx.unplaced.has(node.version) || node.entry.source === null) return 'chain-node outside';
  return `chain-node conf-${node.entry.confidence}`;
}

function ChainItem({ node, level, ctx }: { node: ChainNode; level: number; ctx: NodeContext }) {
  const v = node.version;
  const { name } = ctx.label(v);
  const claim = claimOf(node, ctx);
  const tipId = `chain-tip-${v}`;
  const showTip = ctx.tip === v;
  const copies = node.children.length;
  const copied =
    copies === 0 ? '' : `; ${copies} ${copies === 1 ? 'version copies' : 'versions copy'} it`;
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-selected={ctx.pinned === v}
      aria-label={`${name}: ${claim}${copied}`}
      aria-describedby={showTip ? tipId : undefined}
      tabIndex={ctx.active === v ? 0 : -1}
      className={nodeClass(node, ctx)}
      data-version={v}
      ref={(el) => ctx.register(v, el)}
      onFocus={(e) => {
        // a click focuses too; only focus from the keyboard shows the tooltip
        if (e.target === e.currentTarget) ctx.onFocus(v, e.currentTarget.matches(':focus-visible'));
      }}
    >
      <div
        className="chain-row"
        onClick={() => ctx.onRow(v)}
        onMouseEnter={() => ctx.onHover(v)}
        onMouseLeave={() => ctx.onHover(null)}
      >
        <span className="chain-name">{name}</span>{' '}
        {node.entry ? (
          <span className="chain-claim">{claim}</span>
        ) : (
          <span className="badge base-badge">Base</span>
        )}
        {showTip ? (
          <ChainTooltip id={tipId} ev={ctx.evidence(node)} name={(x) => ctx.label(x).name} />
        ) : null}
      </div>
      {copies > 0 ? (
        <ul role="group" className="chain-group">
          {node.children.map((child) => (
            <ChainItem key={child.version} node={child} level={level + 1} ctx={ctx} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The heading of a claim's evidence panel. */
function panelTitle(entry: CopyChainEntry, label: (v: number) => VersionLabel): string {
  const own = label(entry.version).name;
  return entry.source === null
    ? `Why ${own} copies no version here`
    : `Why ${own} stands under ${label(entry.source).name}`;
}

/** The copy-chain tree, or nothing when the comparison has no chain worth drawing. */
export function CopyChainTree({ loaded, onOpenPair }: CopyChainTreeProps) {
  const c = loaded.comparison;
  const tree = useMemo(() => chainTree(c), [c]);
  const state = useChainTree(tree);
  if (!tree) return null;
  const label = (v: number): VersionLabel => {
    const s = loaded.versions[v];
    return {
      name: `#${versionNumber(c, v)} ${s ? versionName(s) : ''}`.trim(),
      published: s?.published ? formatPublished(s.published) : null,
    };
  };
  const evidence = (node: ChainNode) => (node.entry ? chainEvidence(c, node.entry, label) : null);
  const ctx: NodeContext = {
    ...state,
    label,
    unplaced: new Set(tree.unplaced.map((n) => n.version)),
    evidence,
  };
  const pinnedNode = chainOrder(tree).find((n) => n.version === state.pinned);
  return (
    <section className="copy-chain" aria-labelledby="copy-chain-heading">
      <h3 id="copy-chain-heading">Who copied whom</h3>
      <p className="muted chain-intro">
        Each version stands under the version it most likely copied, judged from the edits it shares
        with it, its wording and the dates. Point at a version for the evidence; click it to keep
        the evidence open.
      </p>
      <div className="chain-layout">
        <ul
          role="tree"
          aria-label="Who copied whom"
          className="chain-tree"
          onKeyDown={state.onKeyDown}
          onBlur={state.onBlur}
        >
          <ChainItem node={tree.root} level={1} ctx={ctx} />
          {[...tree.independent, ...tree.unplaced].map((n) => (
            <ChainItem key={n.version} node={n} level={1} ctx={ctx} />
          ))}
        </ul>
        {pinnedNode?.entry ? (
          <ChainPanel
            title={panelTitle(pinnedNode.entry, label)}
            ev={chainEvidence(c, pinnedNode.entry, label)}
            name={(v) => label(v).name}
            onOpen={(i, at) => onOpenPair(i, at)}
            onClose={state.unpin}
          />
        ) : null}
      </div>
      <p className="muted chain-key">
        Lines: solid for high or medium confidence, dotted for low, dashed where the source is
        ambiguous.
      </p>
    </section>
  );
}
