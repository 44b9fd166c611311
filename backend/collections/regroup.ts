// A proposal rebuilt from a set of articles, for the review's split and merge and for passim's
// clusters (which say which articles go together, not which came first). It uses the grouping's
// own pieces: the presumed original is chosen as proposeStories chooses it (original.ts: the
// engine's base choice, so the story opens on the original the review showed, then the agency
// credit when dates cannot decide), and each article is measured against it with the engine's
// relation (verify.ts: containment both ways and the METER derivation label, as the story's
// comparison will show them).
import type { Library } from '../../db';
import { chooseOriginal } from './original';
import type { OriginalReason, ProposalMember, StoryProposal } from './types';
import { ProfileCache, relateVersions } from './verify';

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The proposal for `versionIds` (two or more library versions): original, reasons and each
 * article's relation to the original. `extra` reasons (passim's cluster) come after the
 * grouping's own.
 */
export function rebuildProposal(
  lib: Library,
  versionIds: readonly number[],
  source: StoryProposal['source'],
  extra: readonly OriginalReason[] = [],
  profiles: ProfileCache = new ProfileCache(lib),
): StoryProposal {
  const group = versionIds.map((id) => profiles.get(id));
  const { index, reasons } = chooseOriginal(group);
  const original = group[index];
  if (!original || group.length < 2) throw new RangeError('a proposal needs two versions or more');
  const id = original.version.id;
  const members = group.map(({ version: v }): ProposalMember => {
    if (v.id === id)
      return { versionId: id, containedInOriginal: null, containsOriginal: null, derivation: null };
    const r = relateVersions(profiles, id, v.id);
    return {
      versionId: v.id,
      containedInOriginal: round(r.bInA),
      containsOriginal: round(r.aInB),
      derivation: r.bFromA.label,
    };
  });
  return {
    title: original.version.title?.trim() || lib.getStory(original.version.storyId).title,
    originalId: id,
    reasons: [...reasons, ...extra],
    source,
    members,
  };
}
