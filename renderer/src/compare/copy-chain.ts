// The copy chain (issue 13, item 4) as the overview draws it: the engine's `copyChain` (each
// version's most likely immediate source) turned into a tree rooted at the base, and each
// claim's evidence put into words. Pure functions of the comparison; CopyChainTree.tsx only
// lays them out. The engine promises a tree; a source that would close a cycle or that is not
// a version is still shown, among the unplaced versions, rather than trusted or hidden.
import {
  versionNumber,
  type Comparison,
  type CopyChainConfidence,
  type CopyChainEntry,
  type SharedEdit,
} from '../../../engine';
import type { PairTarget } from './usePairLayout';

/** Tuning of the copy-chain view. */
export const COPY_CHAIN_VIEW = {
  /**
   * Least number of versions for the tree: with the base and one version there is only one
   * possible source, so a tree would say nothing the overview table does not.
   */
  minVersions: 3,
  /** Shared edits quoted in the hover tooltip (the pinned panel lists them all). */
  tooltipEdits: 3,
  /** Characters of a shared edit's text quoted before an ellipsis. */
  quoteChars: 90,
};

/** One version in the tree: the base (no entry) or a version with the engine's claim. */
export interface ChainNode {
  /** Index into the comparison's `versions`. */
  version: number;
  /** The engine's claim about this version; null for the base, the root. */
  entry: CopyChainEntry | null;
  /** Versions said to copy this one, by version number. */
  children: ChainNode[];
}

/** The tree the overview draws, and the versions outside it. */
export interface ChainTree {
  root: ChainNode;
  /** Versions that copy no version of the story (`source: null`): independent reports. */
  independent: ChainNode[];
  /** Versions whose source cannot be placed (not a version, or a cycle): an engine fault. */
  unplaced: ChainNode[];
}

/** Each confidence in words (never colour alone), with what it means. */
export const CONFIDENCE_WORDS: Record<CopyChainConfidence, { label: string; help: string }> = {
  high: {
    label: 'high confidence',
    help: 'the shared edits and wording point to this source and rule out the others',
  },
  medium: {
    label: 'medium confidence',
    help: 'the evidence favours this source clearly, but not decisively',
  },
  low: {
    label: 'low confidence',
    // The engine's `low` (CopyChainConfidence, engine/relations/copy-chain/copy-chain-claims.ts) covers
    // two cases: weak evidence, and evidence that also points elsewhere. Students need both.
    help:
      'only weak signals (dates, slightly more shared wording) favour this source, or some ' +
      'evidence points elsewhere: this version shares an addition with another version that ' +
      'the source lacks, keeps wording of the base that the source cut, or lacks wording the ' +
      'source added; it may have copied a version that is missing from this story',
  },
  ambiguous: {
    label: 'ambiguous',
    help: 'two or more sources fit equally well; the tree places it under one only to draw it',
  },
};

const byNumber =
  (c: Comparison) =>
  (a: ChainNode, b: ChainNode): number =>
    (c.versions[a.version]?.number ?? a.version) - (c.versions[b.version]?.number ?? b.version);

/**
 * The copy chain as a tree rooted at the base, or null when there is none to draw: no
 * `copyChain` (an older cached result, a coarse comparison) or fewer than
 * COPY_CHAIN_VIEW.minVersions versions.
 */
export function chainTree(c: Comparison): ChainTree | null {
  const chain = c.copyChain;
  if (!chain || c.versions.length < COPY_CHAIN_VIEW.minVersions) return null;
  const root: ChainNode = { version: chain.root, entry: null, children: [] };
  const nodes = new Map<number, ChainNode>([[root.version, root]]);
  for (const entry of chain.entries) {
    if (!nodes.has(entry.version))
      nodes.set(entry.version, { version: entry.version, entry, children: [] });
  }
  const independent: ChainNode[] = [];
  const placed = new Set<number>([root.version]);
  // Attach from the root outwards: a node joins once its source has joined, so a cycle (or a
  // source that is no version) never joins and ends up unplaced.
  let frontier = [root.version];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const node of nodes.values()) {
      const source = node.entry?.source;
      if (placed.has(node.version) || source === null || source === undefined) continue;
      if (!frontier.includes(source)) continue;
      nodes.get(source)?.children.push(node);
      placed.add(node.version);
      next.push(node.version);
    }
    frontier = next;
  }
  const unplaced: ChainNode[] = [];
  for (const node of nodes.values()) {
    if (placed.has(node.version)) continue;
    if (node.entry?.source === null) independent.push(node);
    else unplaced.push(node);
  }
  const order = byNumber(c);
  for (const node of nodes.values()) node.children.sort(order);
  return { root, independent: independent.sort(order), unplaced: unplaced.sort(order) };
}

/** The nodes in the order a reader meets them (and the keyboard walks them): depth first. */
export function chainOrder(tree: ChainTree): ChainNode[] {
  const out: ChainNode[] = [];
  const walk = (n: ChainNode): void => {
    out.push(n);
    n.children.forEach(walk);
  };
  walk(tree.root);
  return [...out, ...tree.independent, ...tree.unplaced];
}

/** The parent of each node in the tree, by version (the root and the others have none). */
export function chainParents(tree: ChainTree): Map<number, number> {
  const out = new Map<number, number>();
  const walk = (n: ChainNode): void => {
    for (const child of n.children) {
      out.set(child.version, n.version);
      walk(child);
    }
  };
  walk(tree.root);
  return out;
}

/** How the overview names a version and dates it. */
export interface VersionLabel {
  /** "#3 The Tidewater Daily". */
  name: string;
  /** The publication date as shown, or null when unknown. */
  published: string | null;
}

/** A shared edit as the evidence lists it, with where its words stand in a pair view. */
export interface EvidenceEdit {
  /** Index into the comparison's `sharedEdits`. */
  index: number;
  kind: SharedEdit['kind'];
  /** "added “ByteDance did not respond…”" in full. */
  text: string;
  /** The pair (index into `pairs`) of the version the claim is about. */
  pairIndex: number;
  /** Where that pair view opens: the version's added paragraph or the base's dropped one. */
  at: PairTarget;
}

/** The evidence of one claim, in words. */
export interface ChainEvidence {
  /** The engine's claim in plain words, its versions named as the overview names them. */
  reason: string;
  /** "high confidence", "ambiguous"… */
  confidence: string;
  /** What that confidence means. */
  confidenceHelp: string;
  /** The sources the claim weighs: its source first, then the alternatives. */
  candidates: number[];
  /** True when the claimed source is the base (shared edits then have nothing to show). */
  fromBase: boolean;
  /** Shared edits the version and its source both make against the base. */
  edits: EvidenceEdit[];
  /** Shared wording with the source and with the base. */
  containment: string;
  /** What the dates say. */
  dates: string;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The shared edits of a claim, with where each one's words are. */
function evidenceEdits(c: Comparison, entry: CopyChainEntry): EvidenceEdit[] {
  const pairIndex = c.pairs.findIndex((p) => p.version === entry.version);
  return entry.evidence.sharedEdits.flatMap((index): EvidenceEdit[] => {
    const edit = c.sharedEdits?.[index];
    if (!edit || pairIndex < 0) return [];
    // an addition: the version's own paragraph; an omission: the base paragraph it drops
    const span =
      edit.kind === 'added' ? edit.spans.find((s) => s.version === entry.version) : edit.spans[0];
    const at: PairTarget = !span
      ? {}
      : edit.kind === 'added'
        ? { version: span.block }
        : { base: span.block };
    return [{ index, kind: edit.kind, text: `${edit.kind} “${edit.text}”`, pairIndex, at }];
  });
}

/** Shared wording with the source, against the base, in a sentence. */
function containmentWords(
  c: Comparison,
  entry: CopyChainEntry,
  label: (v: number) => string,
): string {
  const { containment, baseContainment } = entry.evidence;
  if (entry.source === null) {
    return `${pct(baseContainment)} of its 4-word phrases are in the base.`;
  }
  if (entry.source === c.base) return `${pct(containment)} of its 4-word phrases are in the base.`;
  return `${pct(containment)} of its 4-word phrases are in ${label(entry.source)}, ${pct(baseContainment)} in the base.`;
}

/** What the dates say about the claim, with the dates themselves. */
function dateWords(entry: CopyChainEntry, labels: (v: number) => VersionLabel): string {
  const own = labels(entry.version);
  if (entry.source === null) return `Published: ${own.published ?? 'no date given'}.`;
  const src = labels(entry.source);
  if (src.published === null && own.published === null) {
    return 'Neither gives a publication date, so the dates do not tell.';
  }
  const when = `(${src.published ?? 'no date'}; this version ${own.published ?? 'no date'})`;
  switch (entry.evidence.dates) {
    case 'before':
      return `${src.name} was published first ${when}.`;
    case 'after':
      return `${src.name} was published later ${when}, which argues against copying from it.`;
    case 'unknown':
      return `The dates do not tell ${when}.`;
  }
}

/**
 * The engine's reason with its version references ("#2", "#1 (the base)") turned into the
 * names the overview shows. Each "#n" is a version's citable number: the engine words reasons
 * with the numbers of its input, and withVersionNumbers renumbers them when useComparison sets
 * the library's (engine/numbering.ts). A number no version has is left as written.
 */
export function namedReason(
  reason: string,
  c: Pick<Comparison, 'versions'>,
  name: (v: number) => string,
): string {
  return reason.replace(/#(\d+)/g, (ref: string, n: string) => {
    const i = c.versions.findIndex((_, k) => versionNumber(c, k) === Number(n));
    return i >= 0 ? name(i) : ref;
  });
}

/** The evidence of a version's claim, in words; `labels` names and dates versions. */
export function chainEvidence(
  c: Comparison,
  entry: CopyChainEntry,
  labels: (v: number) => VersionLabel,
): ChainEvidence {
  const words = CONFIDENCE_WORDS[entry.confidence];
  return {
    reason: namedReason(entry.reason, c, (v) => labels(v).name),
    confidence: words.label,
    confidenceHelp: words.help,
    candidates: entry.source === null ? [] : [entry.source, ...entry.alternatives],
    fromBase: entry.source === c.base,
    edits: evidenceEdits(c, entry),
    containment: containmentWords(c, entry, (v) => labels(v).name),
    dates: dateWords(entry, labels),
  };
}

/** A node's claim in a few words: "ambiguous: #2 or #3?", "high confidence", "independent". */
export function claimWords(entry: CopyChainEntry, name: (v: number) => string): string {
  if (entry.source === null) return 'independent report: copies no version here';
  if (entry.confidence === 'ambiguous') {
    const names = [entry.source, ...entry.alternatives].map(name);
    const last = names.pop();
    return `ambiguous: ${names.length > 0 ? `${names.join(', ')} or ${last ?? ''}` : (last ?? '')}?`;
  }
  return CONFIDENCE_WORDS[entry.confidence].label;
}

/** A text cut to `n` characters at a word, with an ellipsis. */
export function clip(text: string, n: number = COPY_CHAIN_VIEW.quoteChars): string {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return `${(space > n / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
