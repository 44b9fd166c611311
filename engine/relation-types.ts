// Issue 13's parts of the `retold.comparison/2` object (contract/comparison.schema.json):
// correspondences and sources of a pair, and the story's shared edits. Kept apart from
// types.ts so that file stays the shape of the core comparison; types.ts re-exports these.

/**
 * Issue 13: what a base paragraph and a version paragraph that report the same facts in
 * their own words share (engine/relations/correspondence/correspondence.ts). Each list holds the shared
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
 * (engine/relations/copy-chain/shared-edits.ts), the evidence of a copy chain.
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
 * `medium`: they favour it clearly but not decisively; `low`: only weak signals favour it, or
 * the evidence also points elsewhere (an addition shared with another version that the source
 * lacks: both may copy a version that is not in the story); `ambiguous`: another source fits
 * as well, listed in `alternatives` (e.g. two versions share edits and neither a date nor a
 * cut shows which came first), and the chain claims none of them over the others.
 */
export type CopyChainConfidence = 'high' | 'medium' | 'low' | 'ambiguous';

/** Issue 13, item 4: why a version is said to copy its source. */
export interface CopyChainEvidence {
  /**
   * Shared edits (indexes into the comparison's `sharedEdits`) that bear on the claim: those
   * the version makes with its source, or with one of its `alternatives` (the evidence that
   * points elsewhere; the base makes no edits, so for a base source these are the only ones).
   */
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
  /** Other versions the evidence also points to as the source (indexes into `versions`), ascending. */
  alternatives: number[];
  evidence: CopyChainEvidence;
  /** The claim in plain words, e.g. "copies 002: shares 3 additions with it that the base lacks". */
  reason: string;
}

/**
 * Issue 13, item 4: who copied whom: for each version, its most likely immediate source,
 * inferred from shared edits, dates and containment (engine/relations/copy-chain/copy-chain.ts). The
 * entries form a tree rooted at the base (`source` never makes a cycle).
 */
export interface CopyChain {
  /** The root of the tree: the comparison's base. */
  root: number;
  entries: CopyChainEntry[];
}

/**
 * Issue 13: what a figure or name is. `number`: a count or measure ("1.5 million Muslims",
 * "12%"); `date`: a date, month, year, weekday or time; `amount`: money ("$35,000,000");
 * `person`, `organisation`, `place`: a name the engine could tell the kind of (a title, a
 * surname used alone, a source that speaks; an organisation word or a figure in the name; a
 * place word or "London-based"); `name`: a proper name it could not tell the kind of.
 */
export type FactKind = 'number' | 'date' | 'amount' | 'person' | 'organisation' | 'place' | 'name';

/** Issue 13: where a figure or name stands in one text: its first occurrence there. */
export interface FactSpan {
  /** Index into that version's `blocks`. */
  block: number;
  /** UTF-16 offsets into that version's `text`. */
  start: number;
  end: number;
  /** The words as written (`text.slice(start, end)`). */
  text: string;
}

/**
 * Issue 13: one figure or name of a pair side by side (engine/relations/facts/pair-facts.ts).
 * `shared`: both texts give it (a name under different forms counts once); `base-only`,
 * `version-only`: one text only; `changed`: the two give different values for the same
 * thing, paired only inside paragraphs that a link or a correspondence holds, with the same
 * kind and context (the unit or noun after a number, the kind of date), and only when
 * neither side has another candidate there.
 */
export interface PairFact {
  kind: FactKind;
  status: 'shared' | 'base-only' | 'version-only' | 'changed';
  /**
   * The value as the engine compares it, from the base when it has one: a number with its
   * scale and unit noun ("1.5 million muslim"), a date ("october 2018", "tuesday"), or a
   * name's words in lower case ("simon migliano").
   */
  value: string;
  /** Where the base gives it; null when only the version does. */
  base: FactSpan | null;
  /** Where the version gives it; null when only the base does. */
  version: FactSpan | null;
}

/** Issue 13: one version's use of a story-level source. */
export interface StorySourceUse {
  /** Index into `versions` (the base included). */
  version: number;
  use: SourceUse;
}

/**
 * Issue 13: a named source across the whole story (engine/relations/facts/story-facts.ts), built
 * from every pair's `sources`: which versions quote or credit it, and how.
 */
export interface StorySource {
  /** The name as the first version that has it (the base first) writes it. */
  name: string;
  /** The versions that have it, in `versions` order; a version not listed does not. */
  versions: StorySourceUse[];
}

/** Issue 13: one version's mention of a story-level figure or name. */
export interface StoryFactMention extends FactSpan {
  /** Index into `versions` (the base included). */
  version: number;
}

/**
 * Issue 13: a figure or name across the whole story, built from every pair's `facts`: the
 * versions that give it, each with its own words. The base's facts are the anchors: a version
 * that changed one is listed with its own words (its `text`), and `disagree` is true.
 */
export interface StoryFact {
  kind: FactKind;
  /** The value as the first version that gives it (the base first) does. */
  value: string;
  /** One mention per version that gives it, in `versions` order. */
  mentions: StoryFactMention[];
  /** True when two versions give different values for it (a pair found it `changed`). */
  disagree: boolean;
}
