// The common case of a reprint's word diff, answered without running it: a link of one base
// block and one version block with the same tokens (a paragraph reprinted word for word:
// most links of a reprint). diff.ts cuts a link into segments at its aligned sentences and
// diffs each; when every sentence edge pairs sentences at the same places in the two blocks,
// every segment it could cut has equal bounds on both sides and so equal tokens, and the diff
// finds no change whichever edges it chains. This check costs one pass over the tokens and
// one string comparison; any other link (or an edge leaving the two blocks) takes the full
// path, so the result is the same either way.

import type { Edge } from './align.js';
import type { Prepared } from '../text/prepare.js';

/** The blocks and sentence edges of a link (a BlockLink of align.ts, or any such shape). */
interface LinkShape {
  base: readonly number[];
  version: readonly number[];
  edges: readonly Edge[];
}

/** True when every edge pairs sentences of the two blocks at the same token places. */
function edgesInPlace(base: Prepared, ver: Prepared, link: LinkShape, rb: number, rv: number) {
  const b = link.base[0];
  const v = link.version[0];
  for (const e of link.edges) {
    const sb = base.sentences[e.b];
    const sv = ver.sentences[e.v];
    if (sb === undefined || sv === undefined || sb.block !== b || sv.block !== v) return false;
    if (sb.t0 - rb !== sv.t0 - rv || sb.t1 - sb.t0 !== sv.t1 - sv.t0) return false;
  }
  return true;
}

/**
 * True when the word diff of `link` has no change at all (see the header): one block on each
 * side, the same key ids (`baseIds`, `verIds`: key-ids.ts) and raw text token by token, and
 * every sentence edge in place.
 */
export function unchangedLink(
  base: Prepared,
  ver: Prepared,
  baseIds: Int32Array,
  verIds: Int32Array,
  link: LinkShape,
): boolean {
  if (link.base.length !== 1 || link.version.length !== 1) return false;
  const bb = base.blocks[link.base[0] ?? -1];
  const vb = ver.blocks[link.version[0] ?? -1];
  const rb = base.blockRange[link.base[0] ?? -1];
  const rv = ver.blockRange[link.version[0] ?? -1];
  if (!bb || !vb || !rb || !rv || rb[1] - rb[0] !== rv[1] - rv[0]) return false;
  if (!edgesInPlace(base, ver, link, rb[0], rv[0])) return false;
  // Same block text and tokens at the same places in it: the same raw tokens, compared as
  // one string rather than token by token.
  const { start: bs, end: be } = base.tokens;
  const { start: vs, end: ve } = ver.tokens;
  for (let k = 0; k < rb[1] - rb[0]; k += 1) {
    const bt = rb[0] + k;
    const vt = rv[0] + k;
    if (baseIds[bt] !== verIds[vt]) return false;
    if ((bs[bt] ?? 0) - bb.start !== (vs[vt] ?? 0) - vb.start) return false;
    if ((be[bt] ?? 0) - bb.start !== (ve[vt] ?? 0) - vb.start) return false;
  }
  return base.input.text.slice(bb.start, bb.end) === ver.input.text.slice(vb.start, vb.end);
}
