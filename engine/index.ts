// The engine's one public entry. Pure TypeScript: runs in a Web Worker, the backend and the CLI.

export { compare, ENGINE_VERSION, DEFAULT_LIMITS } from './compare.js';
export { cacheKeyText, type CacheKeyParts } from './cache-key.js';
export { countWords } from './text/tokenize.js';
export {
  factGroups,
  groupsByBase,
  paragraphCounts,
  type FactGroup,
  type ParagraphCounts,
} from './relations/correspondence/fact-groups.js';
export {
  paragraphAt,
  paragraphLabel,
  paragraphNumber,
  versionNumber,
  withVersionNumbers,
} from './numbering.js';
export type {
  AttributionChange,
  AttributionEntry,
  AttributionKind,
  AttributionSpan,
  Block,
  BlockKind,
  Change,
  ChangeClass,
  CoarseInfo,
  CompareLimits,
  CompareOptions,
  Comparison,
  CopyChain,
  CopyChainConfidence,
  CopyChainEntry,
  CopyChainEvidence,
  Correspondence,
  CorrespondenceEvidence,
  Derivation,
  FactKind,
  FactSpan,
  Link,
  Pair,
  PairFact,
  PairSource,
  PairStats,
  QuoteEntry,
  QuoteSpan,
  QuoteStatus,
  Relation,
  SharedEdit,
  SharedEditSpan,
  SourceUse,
  StoryFact,
  StoryFactMention,
  StorySource,
  StorySourceUse,
  VersionInput,
  VersionOut,
} from './types.js';
export * from './overrides/index.js';
