// Scores the engine's comparison of one development-set pair against its truth (metric
// definitions in bench/devset/README.md). Only stable fields of the result are read: blocks,
// links, droppedBlocks, attribution and quote spans with their status, and the derivation
// label, so the script keeps working while the engine's format evolves.
import type { Block, Comparison } from '../../engine/index';
import { locate, overlaps, truthString, type DevPair, type LoadedCluster } from './load';
import { attributionKind, Tally } from './tally';

type Span = { start: number; end: number } | null | undefined;

/** The part of an engine pair this script reads. */
export interface EnginePair {
  links: Array<{ base: number[]; version: number[] }>;
  droppedBlocks: number[];
  attributions: Array<{ status: string; change?: unknown; base?: Span; version?: Span }>;
  quotes: Array<{ status: string; base?: Span }>;
  derivation: { label: string; score: number };
}

/** What scoring one pair needs: the cluster, the truth pair and the engine's answer. */
export interface PairContext {
  cluster: LoadedCluster;
  truth: DevPair;
  engine: EnginePair;
  baseBlocks: Block[];
  versionBlocks: Block[];
  where: string;
}

const UNCHANGED_QUOTE = new Set(['identical', 'typography', 'spelling']);

const range = (s: Span): [number, number] | null => (s ? [s.start, s.end] : null);

/** The engine blocks that share characters with a paragraph (a block may hold several). */
export function blocksOf(blocks: readonly Block[], para: readonly [number, number]): number[] {
  const out: number[] = [];
  blocks.forEach((b, i) => {
    if (b.start < para[1] && para[0] < b.end) out.push(i);
  });
  return out;
}

/** Engine [base block, version block] combinations of every link, as "b:v" keys. */
export function linkKeys(links: EnginePair['links']): Set<string> {
  const keys = new Set<string>();
  for (const l of links) for (const b of l.base) for (const v of l.version) keys.add(`${b}:${v}`);
  return keys;
}

/**
 * Each truth paragraph pair as the engine block "b:v" keys it covers: every block of the
 * base paragraph with every block of the version paragraph, since the engine may split a
 * paragraph (a multi-line caption) or merge two.
 */
export function truthPairKeys(ctx: PairContext): string[][] {
  const { cluster: c, truth: p } = ctx;
  return p.paragraphPairs.map(([b, v]) => {
    const bs = blocksOf(ctx.baseBlocks, c.offsets[c.base]?.[b] ?? [0, 0]);
    const vs = blocksOf(ctx.versionBlocks, c.offsets[p.version]?.[v] ?? [0, 0]);
    return bs.flatMap((x) => vs.map((y) => `${x}:${y}`));
  });
}

function scoreAttributions(ctx: PairContext, t: Tally): void {
  const a = ctx.truth.attributions;
  if (a === undefined) return;
  const base = ctx.cluster.texts[ctx.cluster.base] ?? '';
  const version = ctx.cluster.texts[ctx.truth.version] ?? '';
  const entries = ctx.engine.attributions;
  const hits = (
    status: (s: string, e: (typeof entries)[number]) => boolean,
    side: 'base' | 'version',
    at: [number, number] | null,
  ) =>
    at !== null &&
    entries.some((e) => status(e.status, e) && overlaps(range(e[side]) ?? [0, 0], at));
  const miss = (x: string) => ({ where: ctx.where, kind: attributionKind(x), detail: x });
  for (const x of a.added) {
    t.count(
      'added',
      hits((s) => s === 'added', 'version', locate(version, x)),
      miss(truthString(x)),
    );
  }
  for (const x of a.dropped) {
    t.count(
      'dropped',
      hits((s) => s === 'dropped', 'base', locate(base, x)),
      miss(truthString(x)),
    );
  }
  for (const [bx, vx] of a.changed) {
    const bAt = locate(base, bx);
    const vAt = locate(version, vx);
    const ok = entries.some(
      (e) =>
        (e.status === 'changed' || (e.status === 'kept' && e.change !== undefined)) &&
        bAt !== null &&
        vAt !== null &&
        overlaps(range(e.base) ?? [0, 0], bAt) &&
        overlaps(range(e.version) ?? [0, 0], vAt),
    );
    const text = `${truthString(bx)} → ${truthString(vx)}`;
    t.count('changed', ok, {
      where: ctx.where,
      kind: attributionKind(truthString(bx)),
      detail: text,
    });
  }
}

function scoreQuotes(ctx: PairContext, t: Tally): void {
  const q = ctx.truth.quotes;
  if (q === undefined) return;
  const base = ctx.cluster.texts[ctx.cluster.base] ?? '';
  const best = (at: [number, number] | null) => {
    let top: { status: string; size: number } | null = null;
    for (const e of ctx.engine.quotes) {
      const r = range(e.base);
      if (at === null || r === null || !overlaps(r, at)) continue;
      const size = Math.min(r[1], at[1]) - Math.max(r[0], at[0]);
      if (top === null || size > top.size) top = { status: e.status, size };
    }
    return top?.status ?? 'not found';
  };
  for (const x of [...q.changed, ...q.dropped]) {
    const got = best(locate(base, x));
    const ok = got !== 'not found' && !UNCHANGED_QUOTE.has(got);
    t.count('quotesChanged', ok, { where: ctx.where, kind: got, detail: truthString(x) });
  }
  for (const x of q.unchangedPunctOnly) {
    const got = best(locate(base, x));
    t.count('quotesPunct', UNCHANGED_QUOTE.has(got), {
      where: ctx.where,
      kind: got,
      detail: truthString(x),
    });
  }
}

/** Scores the attribution, quote and derivation truth of one pair into the tally. */
export function scoreSources(ctx: PairContext, t: Tally): void {
  scoreAttributions(ctx, t);
  scoreQuotes(ctx, t);
  const label = ctx.engine.derivation.label;
  const detail = `${label} (score ${ctx.engine.derivation.score.toFixed(2)})`;
  t.count('derivation', (label !== 'none') === ctx.truth.derived, {
    where: ctx.where,
    kind: ctx.truth.derived ? 'derived copy labelled none' : 'independent report labelled derived',
    detail,
  });
}

/** Blocks and pair of a comparison for one truth pair (empty when the engine gave none). */
export function engineSide(c: Comparison | null, version: number, base: number) {
  const pair = c?.pairs.find((p) => p.version === version);
  const empty: EnginePair = {
    links: [],
    droppedBlocks: [],
    attributions: [],
    quotes: [],
    derivation: { label: 'none', score: 0 },
  };
  return {
    engine: (pair as EnginePair | undefined) ?? empty,
    baseBlocks: c?.versions[base]?.blocks ?? [],
    versionBlocks: c?.versions[version]?.blocks ?? [],
  };
}
