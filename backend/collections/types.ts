// The shape shared by everything that proposes stories for unsorted articles (issue 12, item 3
// and item 6): the near-duplicate grouping (backend/collections/propose.ts) and passim's cluster
// output (retold import --passim-clusters). Both feed the same review screen, where the user
// accepts, splits or merges each proposal before anything moves.

/** Why a version is presumed to be the original of a proposal. */
export interface OriginalReason {
  kind: 'earliest-date' | 'containment' | 'agency-credit' | 'passim';
  /** The reason in words a reader can check, e.g. "published first, on 12 Mar 2024". */
  text: string;
}

/** One article of a proposal and how it relates to the presumed original. */
export interface ProposalMember {
  versionId: number;
  /** Share of this version's wording found in the original (0..1), null for the original. */
  containedInOriginal: number | null;
  /** Share of the original's wording found in this version (0..1), null for the original. */
  containsOriginal: number | null;
  /** The engine's derivation label of this version against the original; null for the original. */
  derivation: 'wholly' | 'partially' | 'none' | null;
}

/** A proposed story: articles presumed to be versions of one original. */
export interface StoryProposal {
  /** A title for the story (the original's title). */
  title: string;
  /** The presumed original; also listed first in `members`. */
  originalId: number;
  reasons: OriginalReason[];
  members: ProposalMember[];
  /** Where the proposal came from. */
  source: 'near-duplicates' | 'passim';
}
