// Findings as flat rows: one per paragraph link, dropped or added paragraph, word change,
// attribution, quote, derivation, correspondence, source and fact, for every non-base
// version, then the story's shared edits and copy chain (findings-relations.ts), notes and
// corrections. The CSV writes these rows as they are; the HTML report uses the same
// vocabulary. Paragraph numbers are the ones the app shows (engine/numbering.ts, "3+4" for a
// split or merged group); offsets are UTF-16 indexes into the version's text as stored (the
// JSON export's `comparison.versions[i].text`).
import {
  paragraphAt,
  paragraphNumber,
  type Block,
  type Comparison,
  type Link,
  type Pair,
} from '../../engine/index';
import { annotationRows } from './findings-annotations';
import { copyChainRows, pairRelationRows, sharedEditRows } from './findings-relations';
import { pairsByNumber, type StoryExport } from './collect';

/** What a finding is about. */
export type FindingType =
  | 'paragraph'
  | 'word change'
  | 'attribution'
  | 'quote'
  | 'derivation'
  | 'note'
  | 'correction'
  // issue 13 (findings-relations.ts)
  | 'correspondence'
  | 'source'
  | 'fact'
  | 'shared edit'
  | 'copy chain';

/** One finding, flat. Empty sides are null. */
export interface FindingRow {
  story: string;
  storyId: number;
  baseVersion: number;
  /** The version's #n; null on the row of a note or correction whose version is gone. */
  version: number | null;
  outlet: string | null;
  type: FindingType;
  status: string;
  class: string;
  baseText: string | null;
  versionText: string | null;
  baseParagraphs: string | null;
  versionParagraphs: string | null;
  baseStart: number | null;
  baseEnd: number | null;
  versionStart: number | null;
  versionEnd: number | null;
  url: string | null;
  /** A note row's text (notes on findings: backend/export/annotations.ts). */
  note?: string | null;
  /** "by you, …: was kept" on a finding the analyst corrected. */
  corrected?: string | null;
}

/** The CSV header, in column order, with the FindingRow field of each column. */
export const FINDING_COLUMNS: readonly [string, keyof FindingRow][] = [
  ['story', 'story'],
  ['story id', 'storyId'],
  ['base version', 'baseVersion'],
  ['version', 'version'],
  ['outlet', 'outlet'],
  ['finding', 'type'],
  ['status', 'status'],
  ['class', 'class'],
  ['base text', 'baseText'],
  ['version text', 'versionText'],
  ['base paragraph', 'baseParagraphs'],
  ['version paragraph', 'versionParagraphs'],
  ['base start', 'baseStart'],
  ['base end', 'baseEnd'],
  ['version start', 'versionStart'],
  ['version end', 'versionEnd'],
  ['url', 'url'],
  ['note', 'note'],
  ['corrected', 'corrected'],
];

/** Words for a link's relation, as the matrix says them (renderer/src/compare/model.ts). */
export const RELATION_WORDS: Record<Link['relation'], string> = {
  verbatim: 'verbatim',
  reworded: 'reworded',
  partial: 'partly kept',
};

/** Words for a word change's operation. */
const OP_WORDS = { delete: 'deleted', insert: 'inserted', replace: 'replaced' } as const;

type Side = { text: string; blocks: readonly Block[] };
type Span = { start: number; end: number; text: string } | null;

const paras = (side: Side, idx: readonly number[]): string =>
  idx.map((b) => paragraphNumber(side, b)).join('+');
const blockText = (side: Side, idx: readonly number[]): string =>
  idx.map((b) => side.text.slice(side.blocks[b]?.start ?? 0, side.blocks[b]?.end ?? 0)).join('\n');
const rangeOf = (side: Side, idx: readonly number[]): [number, number] | null => {
  const first = side.blocks[idx[0] ?? -1];
  const last = side.blocks[idx[idx.length - 1] ?? -1];
  return first && last ? [first.start, last.end] : null;
};

/** The part of a row that every finding of one pair shares. */
type PairHead = Pick<
  FindingRow,
  'story' | 'storyId' | 'baseVersion' | 'version' | 'outlet' | 'url'
>;

/** The text and span columns of a row that points at no words (derivation, notes). */
export const NO_SPANS = {
  baseText: null,
  versionText: null,
  baseParagraphs: null,
  versionParagraphs: null,
  baseStart: null,
  baseEnd: null,
  versionStart: null,
  versionEnd: null,
} as const;

const EMPTY = { class: '', ...NO_SPANS } as const;

function spanFields(base: Side, ver: Side, b: Span, v: Span) {
  const at = (side: Side, s: Span) => (s ? paragraphAt(side, s.start) : null);
  return {
    baseText: b?.text ?? null,
    versionText: v?.text ?? null,
    baseParagraphs: at(base, b)?.toString() ?? null,
    versionParagraphs: at(ver, v)?.toString() ?? null,
    baseStart: b?.start ?? null,
    baseEnd: b?.end ?? null,
    versionStart: v?.start ?? null,
    versionEnd: v?.end ?? null,
  };
}

function linkRows(head: PairHead, base: Side, ver: Side, link: Link): FindingRow[] {
  const br = rangeOf(base, link.base);
  const vr = rangeOf(ver, link.version);
  const kind = link.base.map((b) => base.blocks[b]?.kind).join('+');
  const out: FindingRow[] = [
    {
      ...head,
      type: 'paragraph',
      status: link.moved
        ? `moved, ${RELATION_WORDS[link.relation]}`
        : RELATION_WORDS[link.relation],
      class: kind,
      baseText: blockText(base, link.base),
      versionText: blockText(ver, link.version),
      baseParagraphs: paras(base, link.base),
      versionParagraphs: paras(ver, link.version),
      baseStart: br?.[0] ?? null,
      baseEnd: br?.[1] ?? null,
      versionStart: vr?.[0] ?? null,
      versionEnd: vr?.[1] ?? null,
    },
  ];
  for (const ch of link.changes) {
    const b = ch.base ?? [0, 0];
    const v = ch.version ?? [0, 0];
    out.push({
      ...head,
      type: 'word change',
      status: OP_WORDS[ch.op],
      class: ch.class,
      baseText: base.text.slice(b[0], b[1]),
      versionText: ver.text.slice(v[0], v[1]),
      baseParagraphs: paras(base, link.base),
      versionParagraphs: paras(ver, link.version),
      baseStart: b[0],
      baseEnd: b[1],
      versionStart: v[0],
      versionEnd: v[1],
    });
  }
  return out;
}

function blockRows(head: PairHead, side: Side, idx: number[], which: 'base' | 'version') {
  return idx.map((b): FindingRow => {
    const r = rangeOf(side, [b]);
    const text = blockText(side, [b]);
    const num = String(paragraphNumber(side, b));
    return {
      ...head,
      ...EMPTY,
      type: 'paragraph',
      status: which === 'base' ? 'dropped' : 'added',
      class: side.blocks[b]?.kind ?? '',
      ...(which === 'base'
        ? {
            baseText: text,
            baseParagraphs: num,
            baseStart: r?.[0] ?? null,
            baseEnd: r?.[1] ?? null,
          }
        : {
            versionText: text,
            versionParagraphs: num,
            versionStart: r?.[0] ?? null,
            versionEnd: r?.[1] ?? null,
          }),
    };
  });
}

function pairRows(
  head: PairHead,
  c: Comparison,
  pair: Pair,
  corrected: ReadonlyMap<object, string>,
): FindingRow[] {
  const base = c.versions[c.base] as Side;
  const ver = c.versions[pair.version] as Side;
  const d = pair.derivation;
  const rows: FindingRow[] = [
    {
      ...head,
      ...EMPTY,
      type: 'derivation',
      status: d.label,
      class: `score ${d.score.toFixed(2)}`,
    },
  ];
  for (const link of pair.links) {
    const [first, ...rest] = linkRows(head, base, ver, link);
    if (first) rows.push({ ...first, corrected: corrected.get(link) ?? null }, ...rest);
  }
  rows.push(...blockRows(head, base, pair.droppedBlocks, 'base'));
  rows.push(...blockRows(head, ver, pair.addedBlocks, 'version'));
  for (const a of pair.attributions) {
    rows.push({
      ...head,
      type: 'attribution',
      status: a.change ? `changed in wording only (${a.change})` : a.status,
      class: a.kind ?? '',
      ...spanFields(base, ver, a.base, a.version),
      corrected: corrected.get(a) ?? null,
    });
  }
  for (const q of pair.quotes) {
    rows.push({
      ...head,
      type: 'quote',
      status: q.status,
      class: '',
      ...spanFields(base, ver, q.base, q.version),
    });
  }
  rows.push(...pairRelationRows(head, c, pair));
  return rows;
}

/** Every finding of a story's export, version by version. */
export function findingRows(x: StoryExport): FindingRow[] {
  const c = x.comparison;
  const baseNumber = x.versions[c.base]?.number ?? c.base + 1;
  return pairsByNumber(x)
    .flatMap((pair) => {
      const meta = x.versions[pair.version];
      const head: PairHead = {
        story: x.story.title,
        storyId: x.story.id,
        baseVersion: baseNumber,
        version: meta?.number ?? pair.version + 1,
        outlet: meta?.outlet ?? null,
        url: meta?.url ?? null,
      };
      return pairRows(head, c, pair, x.corrected);
    })
    .concat(sharedEditRows(x), copyChainRows(x), annotationRows(x));
}
