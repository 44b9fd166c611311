// Issue 13's parts of the `retold.comparison/2` object (contract/comparison.schema.json):
// correspondences and sources of a pair, and the story's shared edits. Kept apart from
// types.ts so that file stays the shape of the core comparison; types.ts re-exports these.

/**
 * Issue 13: what a base paragraph and a version paragraph that report the same facts in
 * their own words share (engine/relations/correspondence.ts). Each list holds the shared
 * items as the base writes them, in the base's order.
 */
export interface CorrespondenceEvidence {
  /** People, organisations and places both name ("Dahua Technology", "Hikvision"). */
  entities: string[];
  /** Numbers, amounts and dates both give, as bare values ("1.5 million", "2018", "October"). */
  numbers: string[];
  /** Sources both paragraphs quote or credit, directly or in reported speech. */
  speakers: string[];
  /** Quotations both paragraphs hold (the base's words inside the marks). */
  quotes: string[];
  /** Rarer content words both use once WordNet synonyms and inflections are folded. */
  words: string[];
}

/**
 * Issue 13: a base paragraph and a version paragraph that no link holds (listed in
 * `droppedBlocks` and `addedBlocks`) but that share facts: same facts, independent wording.
 * Kept apart from `links`, which mean reused wording; they change no other field.
 */
export interface Correspondence {
  /** The base block (index into the base's `blocks`). */
  base: number;
  /** The version block (index into the version's `blocks`). */
  version: number;
  /** Strength 0–1: cosine of the two paragraphs' IDF-weighted items (see CORRESPONDENCE). */
  score: number;
  /** What the two paragraphs share. */
  evidence: CorrespondenceEvidence;
}

/**
 * Issue 13: how a text uses a source. `direct`: it quotes the source's words in quotation
 * marks; `reported`: it reports what the source said or found ("said that…", "according
 * to…"); `credit`: it credits the source for the copy or a photo (byline, dateline, agency).
 */
export type SourceUse = 'direct' | 'reported' | 'credit';

/**
 * Issue 13: one named source of a pair and whether both texts have it
 * (engine/sources/pair-sources.ts). The same source under different names counts once.
 */
export interface PairSource {
  /** The source's name as the base writes it (as the version does when only it has it). */
  name: string;
  status: 'shared' | 'base-only' | 'version-only';
  /** How the base uses it; null when the base does not have it. */
  base: SourceUse | null;
  /** How the version uses it; null when the version does not have it. */
  version: SourceUse | null;
}

/** Issue 13: where a shared edit stands: a block of one version, with its offsets. */
export interface SharedEditSpan {
  /** Index into `versions`. */
  version: number;
  /** Index into that version's `blocks`. */
  block: number;
  start: number;
  end: number;
}

/**
 * Issue 13: an addition or omission that two or more versions make against the base
 * (engine/relations/shared-edits.ts), the evidence of a copy chain.
 */
export interface SharedEdit {
  /** `added`: near-identical paragraphs several versions add; `dropped`: a base paragraph several drop. */
  kind: 'added' | 'dropped';
  /** The versions that make it (indexes into `versions`, as `pairs[].version`), in order. */
  versions: number[];
  /** Added: the paragraph in each version that adds it. Dropped: the base paragraph, once. */
  spans: SharedEditSpan[];
  /** The paragraph as the first span has it. */
  text: string;
}

/**
 * Issue 13, item 4: how sure the copy chain is of one version's immediate source.
 * `high`: the shared edits and wording point at one source and rule out the others;
 * `medium`: they favour it clearly but not decisively; `low`: only weak signals (dates,
 * slightly higher containment) favour it; `ambiguous`: two or more sources fit equally well,
 * listed in `alternatives`, and the chain claims none of them over the others.
 */
export type CopyChainConfidence = 'high' | 'medium' | 'low' | 'ambiguous';

/** Issue 13, item 4: why a version is said to copy its source. */
export interface CopyChainEvidence {
  /** Shared edits (indexes into the comparison's `sharedEdits`) the version and the source both make. */
  sharedEdits: number[];
  /**
   * Share (0–1) of the version's word 4-grams that the source holds. For the base this is
   * the pair's own containment; for another version, the same measure against that version.
   */
  containment: number;
  /** Share (0–1) the same measure gives the base, for comparison. */
  baseContainment: number;
  /**
   * Whether the dates allow the claim: `before` (the source was published first), `after`
   * (it was published later, which argues against copying from it) or `unknown`.
   */
  dates: 'before' | 'after' | 'unknown';
}

/** Issue 13, item 4: one version's most likely immediate source in the story. */
export interface CopyChainEntry {
  /** The version (index into `versions`); every version but the base has one entry. */
  version: number;
  /**
   * Its most likely immediate source (index into `versions`): the base or another version;
   * null when the version is not derived from any version of the story (an independent report).
   */
  source: number | null;
  confidence: CopyChainConfidence;
  /** Strength 0–1 of the claim, the number `confidence` was decided from. */
  score: number;
  /** Other sources that fit as well or nearly as well (indexes into `versions`). */
  alternatives: number[];
  evidence: CopyChainEvidence;
  /** The claim in plain words, e.g. "copies 002: shares 3 additions with it that the base lacks". */
  reason: string;
}

/**
 * Issue 13, item 4: who copied whom: for each version, its most likely immediate source,
 * inferred from shared edits, dates and containment (engine/relations/copy-chain.ts). The
 * entries form a tree rooted at the base (`source` never makes a cycle).
 */
export interface CopyChain {
  /** The root of the tree: the comparison's base. */
  root: number;
  entries: CopyChainEntry[];
}
