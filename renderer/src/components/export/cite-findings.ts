// Citations of the findings the pair view shows: a paragraph (or a group), a word change, an
// attribution, a quote. Each cites the version that holds the words: the compared version for
// what it kept, changed or added, the base for what the version dropped. Paragraph labels come
// from engine/numbering.ts, the same ¶n as everywhere else.
import {
  paragraphAt,
  paragraphLabel,
  type AttributionEntry,
  type Change,
  type Comparison,
  type Pair,
  type QuoteEntry,
} from '../../../../engine';
import type { Citation, CitationSource } from '../../lib/citation';
import type { VersionSummary } from '../../lib/types';

/** What a citation needs from the loaded comparison. */
export interface CiteData {
  comparison: Comparison;
  /** versions[i] is the library version of comparison.versions[i]. */
  versions: VersionSummary[];
}

/** A citation with the words of its menu entry. */
export interface CiteTarget {
  label: string;
  citation: Citation;
}

/** Longest text a word-change menu entry shows before "…". */
const LABEL_CHARS = 40;

function sourceOf(d: CiteData, v: number): CitationSource {
  const lib = d.versions[v];
  return {
    outlet: lib?.outlet ?? null,
    title: lib?.title ?? null,
    published: lib?.published ?? null,
    url: lib?.url ?? null,
    number: lib?.number ?? d.comparison.versions[v]?.number ?? v + 1,
  };
}

/** The citation of the text at [start, end) of version `v`. */
export function spanCitation(
  d: CiteData,
  v: number,
  start: number,
  end: number,
  finding?: string,
): Citation | null {
  const ver = d.comparison.versions[v];
  if (!ver || end <= start) return null;
  const first = paragraphAt(ver, start);
  const last = paragraphAt(ver, Math.max(start, end - 1));
  if (first === null) return null;
  const paragraphs = last !== null && last !== first ? `¶${first}–¶${last}` : `¶${first}`;
  return { source: sourceOf(d, v), paragraphs, text: ver.text.slice(start, end), finding };
}

/** The citation of whole paragraphs (blocks) of version `v`. */
export function blocksCitation(d: CiteData, v: number, blocks: number[]): Citation | null {
  const ver = d.comparison.versions[v];
  if (!ver || blocks.length === 0) return null;
  const text = blocks
    .map((b) => ver.text.slice(ver.blocks[b]?.start, ver.blocks[b]?.end))
    .join('\n');
  return { source: sourceOf(d, v), paragraphs: paragraphLabel(ver, blocks), text };
}

/** The citation of an attribution or a quote (its version side, else its base side). */
export function entryCitation(
  d: CiteData,
  pair: Pair,
  entry: AttributionEntry | QuoteEntry,
  kind: 'attribution' | 'quote',
): Citation | null {
  const finding = `${kind} ${entry.status}`;
  if (entry.version) {
    return spanCitation(d, pair.version, entry.version.start, entry.version.end, finding);
  }
  if (!entry.base) return null;
  return spanCitation(d, d.comparison.base, entry.base.start, entry.base.end, finding);
}

const short = (s: string): string =>
  s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s;

/** A word change's citation: the version's new words, or the base's deleted ones. */
function changeTarget(d: CiteData, pair: Pair, ch: Change): CiteTarget | null {
  const c = d.comparison;
  const baseText = ch.base ? (c.versions[c.base]?.text.slice(...ch.base) ?? '') : '';
  const verText = ch.version ? (c.versions[pair.version]?.text.slice(...ch.version) ?? '') : '';
  const finding =
    ch.op === 'replace'
      ? `word change: “${baseText}” → “${verText}”`
      : ch.op === 'delete'
        ? `words deleted: “${baseText}”`
        : `words inserted: “${verText}”`;
  const citation =
    ch.op === 'delete' && ch.base
      ? spanCitation(d, c.base, ch.base[0], ch.base[1], finding)
      : ch.version
        ? spanCitation(d, pair.version, ch.version[0], ch.version[1], finding)
        : null;
  if (!citation) return null;
  return { label: `Cite ${short(finding)}`, citation };
}

/** What a row of the pair view can cite: its paragraphs on each side and their word changes. */
export function rowTargets(
  d: CiteData,
  pair: Pair,
  row: { base: number[]; version: number[]; link: number | null },
  maxChanges: number,
): CiteTarget[] {
  const c = d.comparison;
  const out: CiteTarget[] = [];
  const ver = blocksCitation(d, pair.version, row.version);
  if (ver) out.push({ label: `Cite ${ver.paragraphs} of this version`, citation: ver });
  const base = blocksCitation(d, c.base, row.base);
  if (base) out.push({ label: `Cite base ${base.paragraphs}`, citation: base });
  const link = row.link === null ? undefined : pair.links[row.link];
  for (const ch of (link?.changes ?? []).slice(0, maxChanges)) {
    const t = changeTarget(d, pair, ch);
    if (t) out.push(t);
  }
  return out;
}
