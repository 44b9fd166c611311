// The "nothing lost" check: for every pair, the links, changes, dropped and added blocks
// account for every token of the compared blocks (every kind but boilerplate) of both
// versions exactly once, and applying each link's
// changes to its base tokens rebuilds its version tokens exactly (raw text, not folded).
import { tokenize, type Token } from '../../../engine/text/tokenize.js';
import type { Comparison, Pair, VersionOut } from '../../../engine/types.js';

function comparedTokens(v: VersionOut, blocks: readonly number[]): Token[] {
  return blocks.flatMap((i) => {
    const b = v.blocks[i];
    if (b === undefined) throw new Error(`block ${i} does not exist`);
    if (b.kind === 'boilerplate') throw new Error(`block ${i} is boilerplate`);
    return tokenize(v.text, b.start, b.end);
  });
}

function checkPartition(v: VersionOut, linked: number[][], loose: number[], side: string): void {
  const seen = new Map<number, string>();
  const mark = (i: number, where: string): void => {
    const before = seen.get(i);
    if (before !== undefined) throw new Error(`${side} block ${i} is in ${before} and ${where}`);
    seen.set(i, where);
  };
  linked.forEach((l, k) => l.forEach((i) => mark(i, `link ${k}`)));
  loose.forEach((i) => mark(i, 'dropped/added'));
  v.blocks.forEach((b, i) => {
    if (b.kind !== 'boilerplate' && !seen.has(i))
      throw new Error(`${side} ${b.kind} block ${i} is unaccounted`);
    if (b.kind === 'boilerplate' && seen.has(i))
      throw new Error(`${side} boilerplate block ${i} is compared`);
  });
}

function inRange(t: Token, r: readonly [number, number]): boolean {
  return r[1] > r[0] && t.start >= r[0] && t.end <= r[1];
}

/** Rebuilds the version tokens of one link from its base tokens and changes. */
function rebuild(base: Token[], ver: Token[], pair: Pair, k: number): string[] {
  const link = pair.links[k];
  if (!link) throw new Error('no link');
  const out: string[] = [];
  let bi = 0;
  let lastEnd = -1;
  for (const c of link.changes) {
    const br = c.base;
    const vr = c.version;
    if (br === null || vr === null) throw new Error('the engine always gives both ranges');
    if (br[0] < lastEnd) throw new Error(`link ${k}: change ranges overlap or are out of order`);
    lastEnd = br[1];
    while (bi < base.length && (base[bi]?.end ?? 0) <= br[0]) out.push(base[bi++]?.raw ?? '');
    const from = bi;
    while (bi < base.length && inRange(base[bi] as Token, br)) bi += 1;
    if (br[1] > br[0] !== bi > from) throw new Error(`link ${k}: base range covers no token`);
    const vt = ver.filter((t) => inRange(t, vr));
    if (vr[1] > vr[0] !== vt.length > 0)
      throw new Error(`link ${k}: version range covers no token`);
    out.push(...vt.map((t) => t.raw));
  }
  while (bi < base.length) out.push(base[bi++]?.raw ?? '');
  return out;
}

/** Throws with a description when the pair does not account for every token exactly once. */
export function checkAccounting(c: Comparison, pair: Pair): void {
  const base = c.versions[c.base];
  const ver = c.versions[pair.version];
  if (!base || !ver) throw new Error('missing version');
  checkPartition(
    base,
    pair.links.map((l) => l.base),
    pair.droppedBlocks,
    'base',
  );
  checkPartition(
    ver,
    pair.links.map((l) => l.version),
    pair.addedBlocks,
    'version',
  );
  pair.links.forEach((l, k) => {
    const bt = comparedTokens(base, l.base);
    const vt = comparedTokens(ver, l.version);
    const rebuilt = rebuild(bt, vt, pair, k);
    const expected = vt.map((t) => t.raw);
    if (rebuilt.join('\u0001') !== expected.join('\u0001')) {
      throw new Error(
        `link ${k} does not rebuild:\n${rebuilt.join(' ')}\n!==\n${expected.join(' ')}`,
      );
    }
  });
  const s = pair.stats;
  if (
    s.keptWords + s.droppedWords !== s.baseWords ||
    s.keptWords + s.addedWords !== s.versionWords
  ) {
    throw new Error(`stats do not add up: ${JSON.stringify(s)}`);
  }
}
