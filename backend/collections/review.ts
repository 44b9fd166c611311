// The review of story proposals: storing a run's proposals, and split, merge and "accept all".
// Each operation is one write transaction, so a proposal is never half split or half merged.
// Split and merge choose the original again over the articles they end up with
// (regroup.ts), except that a split which keeps the original keeps its measurements.
import { AppError } from '../../contract/errors';
import type { Library } from '../../db';
import { acceptProposal } from '../../db/proposal-accept';
import type { ProposalRow } from '../../db/proposals';
import { rebuildProposal } from './regroup';
import type { OriginalReason, StoryProposal } from './types';

/** What storing a run's proposals did. */
export interface StoredRun {
  proposals: number;
  articles: number;
  /** Articles left out: no longer unsorted, or held by a pending proposal of another source. */
  skipped: number;
}

/**
 * Replaces the pending proposals of `source` with `proposals`, in one transaction. Members
 * that are not unsorted, or that another source's pending proposal holds, are left out.
 */
export function storeProposals(
  lib: Library,
  source: StoryProposal['source'],
  proposals: readonly StoryProposal[],
): StoredRun {
  return lib.transaction(() => {
    lib.proposals.removeSource(source);
    const run: StoredRun = { proposals: 0, articles: 0, skipped: 0 };
    for (const p of proposals) {
      const { id, skipped } = lib.proposals.add({ ...p, source });
      run.skipped += skipped;
      if (id === null) continue;
      run.proposals += 1;
      run.articles += p.members.length - skipped;
    }
    return run;
  });
}

/** passim's reasons survive a rebuild: the engine's choice does not replace the cluster. */
const passimReasons = (p: ProposalRow): OriginalReason[] =>
  p.reasons.filter((r) => r.kind === 'passim');

/** The proposal of `p` without the articles in `out`, or null when fewer than two remain. */
function remainder(lib: Library, p: ProposalRow, out: ReadonlySet<number>): StoryProposal | null {
  const rest = p.members.filter((m) => !out.has(m.versionId));
  if (rest.length < 2) return null;
  if (!out.has(p.originalId)) return { ...p, members: rest };
  const ids = rest.map((m) => m.versionId);
  return rebuildProposal(lib, ids, p.source, passimReasons(p));
}

/** Splits `versionIds` out of proposal `id` (see contract/grouping-methods.ts). */
export function splitProposal(
  lib: Library,
  id: number,
  versionIds: readonly number[],
  to: 'new-proposal' | 'unsorted',
): { kept: number | null; created: number | null } {
  return lib.transaction(() => {
    lib.proposals.clean();
    const p = lib.proposals.get(id);
    const inIt = new Set(p.members.map((m) => m.versionId));
    const out = new Set(versionIds);
    for (const v of out)
      if (!inIt.has(v))
        throw new AppError('bad_input', `Article #${v} is not in this proposal; nothing changed.`);
    if (out.size === inIt.size)
      throw new AppError(
        'bad_input',
        'Leave at least one article in the proposal, or dismiss it to leave them all unsorted.',
      );
    if (to === 'new-proposal' && out.size < 2)
      throw new AppError(
        'bad_input',
        'A new proposal needs two articles or more: pick another, or send this one back to the unsorted articles.',
      );
    const kept = remainder(lib, p, out);
    lib.proposals.remove(id);
    const keptId = kept ? lib.proposals.add(kept).id : null;
    const created =
      to === 'new-proposal'
        ? lib.proposals.add(rebuildProposal(lib, [...out], p.source, passimReasons(p))).id
        : null;
    return { kept: keptId, created };
  });
}

/** Merges proposal `otherId` into `id`: one proposal over all their articles. */
export function mergeProposals(lib: Library, id: number, otherId: number): { id: number } {
  if (id === otherId) throw new AppError('bad_input', 'Choose another proposal to merge with.');
  return lib.transaction(() => {
    lib.proposals.clean();
    const a = lib.proposals.get(id);
    const b = lib.proposals.get(otherId);
    const ids = [...a.members, ...b.members].map((m) => m.versionId);
    const extra = [...passimReasons(a), ...passimReasons(b)].filter(
      (r, i, all) => all.findIndex((x) => x.text === r.text) === i,
    );
    lib.proposals.remove(id);
    lib.proposals.remove(otherId);
    const merged = lib.proposals.add(rebuildProposal(lib, ids, a.source, extra)).id;
    if (merged === null) throw new Error('a merge of two standing proposals must stand');
    return { id: merged };
  });
}

/** Why accepting every proposal at once is not safe, or null when it is. */
export function acceptAllBlocked(lib: Library): string | null {
  if (lib.proposals.count() === 0) return 'There are no proposals to accept.';
  const n = lib.proposals.notWhollyDerived();
  if (n === 0) return null;
  return `${n} ${n === 1 ? 'article is' : 'articles are'} not wholly derived from the presumed original: review those proposals one by one.`;
}

/** Accepts every pending proposal in one transaction, when acceptAllBlocked says it is safe. */
export function acceptAll(lib: Library): { stories: number; moved: number } {
  return lib.transaction(() => {
    lib.proposals.clean();
    const blocked = acceptAllBlocked(lib);
    if (blocked) throw new AppError('bad_input', blocked);
    let moved = 0;
    const ids = lib.proposals.ids();
    // cleaned once above: no accept can make another proposal stale (an article is in one
    // proposal at most, and each accept moves only its own)
    for (const id of ids) moved += acceptProposal(lib, id, undefined, true).moved;
    return { stories: ids.length, moved };
  });
}
