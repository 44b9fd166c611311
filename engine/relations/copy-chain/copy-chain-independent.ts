// The copy chain's claim for a version not derived from the base (derivation `none`): no
// source, an independent report. Said with `high` confidence unless another version holds
// much of its wording (CHAIN_CLAIMS.independentContainment), which is then named.

import type { CopyChainEntry } from '../../types.js';
import { CHAIN_CLAIMS, editsWith, name, round3, type ChainContext } from './copy-chain-claims.js';
import { pairCounts } from './copy-chain-grams.js';

/** The claim for a version not derived from the base: no source (an independent report). */
export function independentClaim(ctx: ChainContext, v: number): CopyChainEntry {
  const size = Math.max(1, ctx.grams.ids[v]?.length ?? 0);
  const shares = ctx.comparison.versions.map((_, u) =>
    u === v ? 0 : pairCounts(ctx.grams, v, u).both / size,
  );
  const most = Math.max(0, ...shares);
  const alts = shares.flatMap((s, u) => (s >= CHAIN_CLAIMS.independentContainment ? [u] : []));
  return {
    version: v,
    source: null,
    confidence: alts.length === 0 ? 'high' : 'low',
    score: round3(1 - most),
    alternatives: alts,
    evidence: {
      sharedEdits: editsWith(ctx, v, alts),
      containment: 0,
      baseContainment: round3(shares[ctx.base] ?? 0),
      dates: 'unknown',
    },
    reason:
      'an independent report: not derived from the base' +
      (alts.length === 0
        ? `, and it shares at most ${Math.round(most * 100)}% of its wording with any version`
        : `, though it holds ${Math.round(most * 100)}% of the wording of ` +
          `${alts.map((u) => name(ctx, u)).join(' and ')}`),
  };
}
