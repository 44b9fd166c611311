// Paragraph-level scores of one pair, shared by the engine and the naive baseline: base
// paragraphs judged (kept ⇔ linked, dropped ⇔ in droppedBlocks; neither is wrong and counted
// as unjudged), truth paragraph pairs found, precision of the matcher's pairs (for
// information), and, for independent reports, whether every link is one the truth accepts.
import { blocksOf, linkKeys, truthPairKeys, type PairContext } from './score';
import type { Tally } from './tally';

const clip = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s).replace(/\n/g, ' ⏎ ');

function blockText(ctx: PairContext, side: 'base' | 'version', i: number): string {
  const blocks = side === 'base' ? ctx.baseBlocks : ctx.versionBlocks;
  const text = ctx.cluster.texts[side === 'base' ? ctx.cluster.base : ctx.truth.version] ?? '';
  const b = blocks[i];
  return b ? `[${b.kind}] ${clip(text.slice(b.start, b.end))}` : '(no block)';
}

function scoreJudged(ctx: PairContext, t: Tally): void {
  const { cluster: c, truth: p } = ctx;
  const ignored = new Set(p.ignoreBase ?? []);
  const kept = new Set(p.paragraphPairs.map((x) => x[0]));
  const linked = new Set(ctx.engine.links.flatMap((l) => l.base));
  const dropped = new Set(ctx.engine.droppedBlocks);
  (c.offsets[c.base] ?? []).forEach((para, b) => {
    if (ignored.has(b)) return;
    const blks = blocksOf(ctx.baseBlocks, para);
    const isLinked = blks.some((x) => linked.has(x));
    const isDropped = !isLinked && blks.length > 0 && blks.every((x) => dropped.has(x));
    if (!isLinked && !isDropped) t.unjudged += 1;
    const ok = kept.has(b) ? isLinked : isDropped;
    const got = isLinked ? 'linked' : isDropped ? 'dropped' : 'not judged';
    const first = blks[0] ?? -1;
    const kind = `${ctx.baseBlocks[first]?.kind ?? 'no block'} ${kept.has(b) ? 'kept' : 'dropped'}, got ${got}`;
    t.count('judged', ok, {
      where: ctx.where,
      kind,
      detail: `¶${b} ${blockText(ctx, 'base', first)}`,
    });
  });
}

const splitKey = (key: string) => key.split(':').map(Number) as [number, number];

function describe(ctx: PairContext, key: string) {
  const [b, v] = splitKey(key);
  return {
    kind: `${ctx.baseBlocks[b]?.kind ?? '?'}→${ctx.versionBlocks[v]?.kind ?? '?'}`,
    detail: `${blockText(ctx, 'base', b)}  ⇄  ${blockText(ctx, 'version', v)}`,
  };
}

function scorePairs(ctx: PairContext, t: Tally): void {
  const engine = linkKeys(ctx.engine.links);
  const truth = truthPairKeys(ctx);
  const allowed = new Set(truth.flat());
  truth.forEach((keys, i) => {
    const [b, v] = ctx.truth.paragraphPairs[i] ?? [0, 0];
    const first = keys[0] ?? '-1:-1';
    const d = describe(ctx, first);
    const detail = `¶${b}⇄¶${v} ${d.detail}`;
    t.count(
      'pairs',
      keys.some((k) => engine.has(k)),
      { where: ctx.where, kind: d.kind, detail },
    );
  });
  for (const key of engine) {
    t.count('precision', allowed.has(key), { where: ctx.where, ...describe(ctx, key) });
  }
}

function scoreControl(ctx: PairContext, t: Tally): void {
  const allowed = new Set(truthPairKeys(ctx).flat());
  const spurious = [...linkKeys(ctx.engine.links)].filter((k) => !allowed.has(k));
  const detail =
    spurious[0] === undefined
      ? ''
      : `${spurious.length} spurious, e.g. ${describe(ctx, spurious[0]).detail}`;
  t.count('controls', spurious.length === 0, { where: ctx.where, kind: 'spurious link', detail });
}

/** Scores the paragraph truth of one pair into the tally. */
export function scoreParagraphs(ctx: PairContext, t: Tally): void {
  if (ctx.truth.derived) {
    scoreJudged(ctx, t);
    scorePairs(ctx, t);
  } else {
    scoreControl(ctx, t);
  }
}
