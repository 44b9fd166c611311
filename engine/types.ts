// TypeScript shape of the `retold.comparison/2` object (contract/comparison.schema.json, whose
// change log is contract/CHANGES.md), plus the engine's input and options. Every property the
// engine emits is described in the schema; a test fails on one that is not.

import type {
  CopyChain,
  CopyChainConfidence,
  CopyChainEntry,
  CopyChainEvidence,
  Correspondence,
  CorrespondenceEvidence,
  FactKind,
  FactSpan,
  PairFact,
  PairSource,
  SharedEdit,
  SharedEditSpan,
  SourceUse,
  StoryFact,
  StoryFactMention,
  StorySource,
  StorySourceUse,
} from './relation-types.js';

export type {
  CopyChain,
  CopyChainConfidence,
  CopyChainEntry,
  CopyChainEvidence,
  Correspondence,
  CorrespondenceEvidence,
  FactKind,
  FactSpan,
  PairFact,
  PairSource,
  SharedEdit,
  SharedEditSpan,
  SourceUse,
  StoryFact,
  StoryFactMention,
  StorySource,
  StorySourceUse,
};

/**
 * What a paragraph is on the page. Every kind but `boilerplate` takes part in the comparison
 * (links, dropped and added blocks); word counts and derivation use `body` blocks only.
 */
export type BlockKind = 'body' | 'title' | 'byline' | 'dateline' | 'caption' | 'boilerplate';

/** One paragraph of a version: UTF-16 offsets into the version's text, end exclusive. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

/** One version as it appears in the result. */
export interface VersionOut {
  id: string;
  /** The number people cite as "#n" (see VersionInput.number); absent when not given. */
  number?: number;
  outlet?: string | null;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  text: string;
  blocks: Block[];
}

/** What kind of change a word change is (see engine/classify.ts for the rules). */
export type ChangeClass =
  'typography' | 'spelling' | 'wording' | 'number' | 'name' | 'attribution' | 'quote' | 'hedge';

/**
 * One word-level change inside a link. `base` and `version` are `[start, end]` ranges in the
 * two texts. The engine always fills both: for an insert the base range is empty (`[p, p]`,
 * where the words would go), for a delete the version range is empty.
 */
export interface Change {
  op: 'delete' | 'insert' | 'replace';
  base: [number, number] | null;
  version: [number, number] | null;
  class: ChangeClass;
}

/** How a linked group of base blocks relates to its version blocks. */
export type Relation = 'verbatim' | 'reworded' | 'partial';

/** Base blocks and version blocks that carry the same content (many-to-many). */
export interface Link {
  base: number[];
  version: number[];
  relation: Relation;
  moved: boolean;
  changes: Change[];
  /** Extension: present and true when a diff limit was hit inside this link. */
  coarse?: boolean;
}

/** An attribution phrase ("the ASPI experts said"). */
export interface AttributionSpan {
  start: number;
  end: number;
  text: string;
  source?: string | null;
  cue?: string | null;
  /** Extension: true for a source that names nobody ("a senior official"). */
  unnamed?: boolean;
}

/** The kind of an attribution. */
export type AttributionKind =
  'speech' | 'according_to' | 'report' | 'credit' | 'dateline' | 'byline' | 'copyright' | 'other';

/**
 * Extension: a minor rewording of an attribution whose source and verb stayed the same, so
 * the UI can dim it like typography. `tense`: "said" → "says"; `honorific`: "Marsh" →
 * "Ms. Marsh"; `name-form`: the same name spelled out more or less fully ("Thomas J. Reardon" →
 * "Thomas Reardon", a middle initial added or dropped); `order`: "said Marsh" → "Marsh said"; `moved`: the attribution moved to the
 * other side of what it credits (after the quotation → before it); `typography`: a dateline
 * or credit whose only differences are case, punctuation, dashes and spacing ("BEIJING —" →
 * "Beijing :"). A real change (another source wording, another verb, a hedge added or
 * removed) has no `change`.
 */
export type AttributionChange =
  'tense' | 'honorific' | 'name-form' | 'order' | 'moved' | 'typography';

/** An attribution of either side and what became of it. */
export interface AttributionEntry {
  status: 'kept' | 'added' | 'dropped' | 'changed';
  kind?: AttributionKind;
  /** Extension: set only on a `changed` entry whose change is minor (see AttributionChange). */
  change?: AttributionChange;
  base: AttributionSpan | null;
  version: AttributionSpan | null;
}

/** A direct quotation: offsets and text of the words inside the quotation marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  speaker?: string | null;
}

/** What became of a quotation between base and version. */
export type QuoteStatus =
  | 'identical'
  | 'typography'
  | 'spelling'
  | 'trimmed'
  | 'altered'
  | 'paraphrased'
  | 'reattributed'
  | 'dropped'
  | 'added';

/** A quotation of either side, paired where they correspond. */
export interface QuoteEntry {
  status: QuoteStatus;
  base: QuoteSpan | null;
  version: QuoteSpan | null;
}

/** Word counts of a pair (body words only; punctuation is not a word). */
export interface PairStats {
  baseWords: number;
  versionWords: number;
  /** Base body words that reappear in the version, identical once typography (and spelling, when folded) is folded. */
  keptWords: number;
  addedWords: number;
  droppedWords: number;
  similarity?: number;
}

/**
 * The signals behind a derivation label (engine/relations/derivation/signals.ts). "Own" wording leaves
 * out quotations, names, numbers and codes, which independent reports share too.
 */
export interface DerivationSignals {
  /** Share of the version's body words covered by word 4-grams of the base (METER containment). */
  coverage: number;
  /** Share of the version's own words covered by own 4-grams of the base. */
  own: number;
  /** Share of the base's own words covered by own 4-grams of the version. */
  reverse: number;
  /** Share of the version's own words covered by base 3-grams once synonyms are folded. */
  folded: number;
  /** Longest run of own words the two share, in words. */
  longestRun: number;
  /** Share of the matched folded 3-grams that keep the base's order. */
  order: number;
  /** Share of the version's sentences with own wording that hold folded base wording. */
  spread: number;
  /** Share of the version's figures (words with a digit, outside quotations) the base has too. */
  figures: number;
}

/**
 * METER-style derivation label with its score: about the share of the version's body derived
 * from the base, combined from several signals (engine/relations/derivation/derivation.ts).
 */
export interface Derivation {
  label: 'wholly' | 'partially' | 'none';
  score: number;
  /** Extension: the signals the score combines. */
  signals?: DerivationSignals;
}

/** Extension: why a pair's comparison is coarse, and which links are affected. */
export interface CoarseInfo {
  reason: string;
  links: number[];
}

/** The comparison of the base with one other version. */
export interface Pair {
  version: number;
  links: Link[];
  /** Base blocks of any kind but boilerplate that no link holds. */
  droppedBlocks: number[];
  /** Version blocks of any kind but boilerplate that no link holds. */
  addedBlocks: number[];
  attributions: AttributionEntry[];
  quotes: QuoteEntry[];
  stats: PairStats;
  derivation: Derivation;
  /**
   * Issue 13: unlinked body paragraphs that report the same facts, base order. Engine 2.3+
   * emits it for every fully compared pair (empty when none); absent in coarse comparisons.
   */
  correspondences?: Correspondence[];
  /**
   * Issue 13: the named sources either text quotes or credits, side by side. Engine 2.3+
   * emits it for every fully compared pair; absent in coarse comparisons.
   */
  sources?: PairSource[];
  /**
   * Issue 13: the figures and names either text gives, side by side. Engine 2.4+ emits it for
   * every fully compared pair; absent in coarse comparisons.
   */
  facts?: PairFact[];
  /** Extension: present only when a limit was hit; the pair's changes are then not minimal. */
  coarse?: CoarseInfo;
}

/**
 * Extension: why the base was chosen automatically. `date`: it was published first (`published`
 * as given). `containment`: it contains on average `share` (0–1) of the other versions' word
 * 4-grams; `weak` when that share is under `BASE.weakContainment` (engine/relations/derivation/base.ts),
 * so the versions share too little for the choice to mean much.
 */
export type BaseBasis =
  { by: 'date'; published: string } | { by: 'containment'; share: number; weak: boolean };

/** The `retold.comparison/2` object. */
export interface Comparison {
  format: 'retold.comparison/2';
  engineVersion?: string;
  base: number;
  baseReason?: string;
  /** Extension: what `baseReason` says, as data, so a UI can word it (set when `baseReason` is). */
  baseBasis?: BaseBasis;
  versions: VersionOut[];
  pairs: Pair[];
  /**
   * Issue 13: additions and omissions shared by two or more versions. Engine 2.3+ emits it
   * for every full comparison (empty when none); absent in coarse comparisons.
   */
  sharedEdits?: SharedEdit[];
  /**
   * Issue 13: each version's most likely immediate source, with confidence and evidence.
   * Engine 2.4+ emits it for every full comparison; absent in coarse comparisons.
   */
  copyChain?: CopyChain;
  /**
   * Issue 13: every named source of the story and the versions that quote or credit it.
   * Engine 2.4+ emits it for every full comparison; absent in coarse comparisons.
   */
  storySources?: StorySource[];
  /**
   * Issue 13: every figure and name of the story, the versions that give it and where their
   * values disagree. Engine 2.4+ emits it for every full comparison; absent in coarse ones.
   */
  storyFacts?: StoryFact[];
  /**
   * Present only when a limit was hit for the comparison as a whole (not inside one pair, which
   * says so in `Pair.coarse`), e.g. while choosing the base, or when the texts together exceed
   * `CompareLimits.maxFullChars` and the whole comparison is coarse (engine/coarse.ts; every
   * pair then carries the same reason): why, in words.
   */
  coarse?: { reason: string };
}

/** One version given to `compare()`. `text` is used exactly as given; offsets index into it. */
export interface VersionInput {
  id: string;
  text: string;
  /**
   * The version's citable number, passed through to the result: the library's per-story
   * number, or the position on the command line (from 1). See `versionNumber()`.
   */
  number?: number;
  outlet?: string | null;
  title?: string | null;
  published?: string | null;
}

/**
 * Explicit work limits. When one is hit the result says so (`coarse`) instead of
 * silently degrading; none of them depends on the clock, so results stay deterministic.
 */
export interface CompareLimits {
  /** jsdiff `maxEditLength` for one diff segment (default 2000 token edits). */
  maxEditLength: number;
  /**
   * Candidate base sentences kept per version sentence, best first (default 24). Sentences
   * with identical words are paired before this search and do not use it.
   */
  maxCandidatesPerSentence: number;
  /**
   * Total characters of all versions above which the comparison is coarse (default 3,000,000):
   * sentences paired only when identical, no word diffs, block kinds, attributions or quotes
   * (engine/coarse.ts). The full comparison of that much text takes longer than its 5 s budget.
   */
  maxFullChars: number;
}

/** Options of `compare()`. */
export interface CompareOptions {
  /** Index of the base version; chosen automatically when absent. */
  base?: number;
  /** Fold letter case when matching (case-only differences become typography). Default false. */
  ignoreCase?: boolean;
  /** Fold US/UK spelling variants when matching (reported as `spelling`). Default true. */
  foldSpelling?: boolean;
  /** Work limits; see CompareLimits. */
  limits?: Partial<CompareLimits>;
  /** Attribution and quote analysis (default true); false leaves both arrays empty. */
  sources?: boolean;
}
