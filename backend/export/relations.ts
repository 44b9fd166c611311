// Issue 13's findings as the exports read them (the CSV rows in findings-relations.ts, the
// report's sections in html-relations.ts and html-chain.ts): which correspondences still stand
// after the analyst's corrections, where a pair's source is named in each text, and how a
// story-level finding names its versions (#n, as the library numbers them).
import type { Comparison, Correspondence, Pair, PairSource } from '../../engine/index';
import type { StoryExport } from './collect';

/** The copy chain of a comparison (engine 2.4+), by the comparison's own type. */
export type CopyChainOut = NonNullable<Comparison['copyChain']>;
/** One version's entry of the copy chain. */
export type CopyChainEntryOut = CopyChainOut['entries'][number];

/**
 * The pair's correspondences whose two paragraphs are still unlinked. A correction that links
 * them (or links one of them elsewhere) makes the correspondence moot: the pair now says the
 * wording was reused, which is the stronger claim, so the export does not say both.
 */
export function activeCorrespondences(pair: Pair): Correspondence[] {
  const dropped = new Set(pair.droppedBlocks);
  const added = new Set(pair.addedBlocks);
  return (pair.correspondences ?? []).filter((k) => dropped.has(k.base) && added.has(k.version));
}

/** The words of one side that name a source: a quotation or an attribution of the pair. */
export interface SourceMention {
  start: number;
  end: number;
  text: string;
}

/** Name words that identify a source: capitalised, 3+ letters ("Simon", "Migliano", "ASPI"). */
function nameWords(name: string): string[] {
  return (name.match(/\p{Lu}[\p{L}\p{N}.’'-]{2,}/gu) ?? []).map((w) => w.toLowerCase());
}

/**
 * Where one side of a pair first uses `source`: the earliest quotation whose speaker, or
 * attribution whose source, holds all of the source's name words ("Migliano" finds the
 * attribution of "Simon Migliano"; the engine counts both as one source). The words given are
 * the quotation or the attribution phrase as the text has them. Null when that side does not
 * use it (or names it in a way this cannot find, which the exports then leave blank).
 */
export function sourceMention(
  pair: Pair,
  source: PairSource,
  side: 'base' | 'version',
): SourceMention | null {
  if (source[side] === null) return null;
  const want = nameWords(source.name);
  const spans = [
    ...pair.quotes.map((q) => ({ span: q[side], who: q[side]?.speaker })),
    ...pair.attributions.map((a) => ({ span: a[side], who: a[side]?.source })),
  ].flatMap(({ span, who }) => (span && who ? [{ span, who: nameWords(who) }] : []));
  const fits = (who: string[]) =>
    want.length > 0 &&
    (want.every((w) => who.includes(w)) || (who.length > 0 && who.every((w) => want.includes(w))));
  const found = spans.filter((s) => fits(s.who)).sort((a, b) => a.span.start - b.span.start)[0];
  return found ? { start: found.span.start, end: found.span.end, text: found.span.text } : null;
}

/** A version of the comparison as people cite it: "#3". */
export function versionRef(x: StoryExport, i: number): string {
  return `#${x.versions[i]?.number ?? i + 1}`;
}

/** A list of versions in words: "#2 and #4", "#2, #3 and #5". */
export function versionList(x: StoryExport, idx: readonly number[]): string {
  const refs = [...idx]
    .map((i) => ({ i, n: x.versions[i]?.number ?? i + 1 }))
    .sort((a, b) => a.n - b.n)
    .map(({ i }) => versionRef(x, i));
  return refs.length <= 1
    ? (refs[0] ?? '')
    : `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]}`;
}

/** How a text uses a source, in words. */
export const SOURCE_USE_WORDS = {
  direct: 'quoted directly',
  reported: 'reported',
  credit: 'credited',
} as const;

/** A pair source's status in words, from the pair's point of view. */
export const SOURCE_STATUS_WORDS: Record<PairSource['status'], string> = {
  shared: 'in both',
  'base-only': 'only in the base',
  'version-only': 'only in this version',
};

/** "direct in the base, reported in this version" when the two uses differ, else ''. */
export function useDiffers(s: PairSource): string {
  if (s.status !== 'shared' || s.base === s.version || !s.base || !s.version) return '';
  return `${SOURCE_USE_WORDS[s.base]} in the base, ${SOURCE_USE_WORDS[s.version]} in this version`;
}

/** The verb of a copy-chain claim, as sure as its confidence and no surer. */
const CLAIM_VERB: Record<CopyChainEntryOut['confidence'], string> = {
  high: 'copies',
  medium: 'probably copies',
  low: 'may copy',
  ambiguous: 'copies one of',
};

/** What the copy chain claims for one version, in a few words ("may copy #2", "source unclear"). */
export function chainClaim(x: StoryExport, e: CopyChainEntryOut): string {
  if (e.confidence === 'ambiguous') {
    const all = new Set(e.source === null ? e.alternatives : [e.source, ...e.alternatives]);
    const fits = versionList(x, [...all]);
    return fits ? `source unclear: ${fits} fit` : 'source unclear';
  }
  if (e.source === null) return 'copies no version of the story';
  const base = e.source === x.comparison.base ? ' (the base)' : '';
  return `${CLAIM_VERB[e.confidence]} ${versionRef(x, e.source)}${base}`;
}

/** The evidence of a copy-chain entry in words, from its fields (numbers as the library's). */
export function chainEvidenceWords(x: StoryExport, e: CopyChainEntryOut): string[] {
  const ev = e.evidence;
  const edits = ev.sharedEdits.flatMap((k) => {
    const edit = x.comparison.sharedEdits?.[k];
    return edit ? [edit] : [];
  });
  const count = (kind: string) => edits.filter((d) => d.kind === kind).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const source = e.source === null ? null : versionRef(x, e.source);
  const shared =
    edits.length === 0
      ? 'no addition or omission shared with another version'
      : `${plural(count('added'), 'addition')} and ${plural(count('dropped'), 'omission')} shared with other versions`;
  return [
    shared,
    source === null
      ? `the base holds ${Math.round(ev.baseContainment * 100)}% of its wording`
      : `${source} holds ${Math.round(ev.containment * 100)}% of its wording, the base ${Math.round(ev.baseContainment * 100)}%`,
    DATE_WORDS[ev.dates],
  ];
}

const DATE_WORDS = {
  before: 'its source was published before it',
  after: 'its source was published after it, which argues against the claim',
  unknown: 'the dates do not tell',
} as const;
