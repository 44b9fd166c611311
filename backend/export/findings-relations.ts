// The CSV rows of issue 13's findings, in the columns every finding has (findings.ts), each
// pointing at the words it is about:
//   - `correspondence` (per pair): a base paragraph and a version paragraph that report the
//     same facts in their own words; both paragraphs' texts and offsets, the evidence in `class`.
//   - `fact` (per pair): a figure or name (number, date, amount, person, organisation, place)
//     in both, in one only, or `changed` (given differently); `class` its kind and value.
//   - `source` (per pair): a source both texts use, or only one; `status` is the engine's
//     (shared, base-only, version-only), `class` the name and how each side uses it, the text
//     columns the first quotation or attribution of it on each side (relations.ts).
//   - `shared edit` (story): one row per version that makes it, at its words in that version
//     (an addition) or at the base paragraph it drops; `status` names every version making it.
//   - `copy chain` (story): one row per version of the chain, the claim in `status`, confidence
//     and score in `class`, the engine's reason in `note`, at the words of
//     the first shared addition it rests on (else the first shared omission, else none).
// Fields the engine leaves out (coarse or older comparisons) give no rows.
import {
  paragraphNumber,
  type Block,
  type Comparison,
  type Correspondence,
  type FactSpan,
  type Pair,
} from '../../engine/index';
import type { StoryExport } from './collect';
import { NO_SPANS, type FindingRow } from './findings';
import {
  activeCorrespondences,
  chainClaim,
  chainEvidenceWords,
  sourceMention,
  versionList,
  type SourceMention,
} from './relations';

type Side = { text: string; blocks: readonly Block[] };
type Head = Pick<FindingRow, 'story' | 'storyId' | 'baseVersion' | 'version' | 'outlet' | 'url'>;

/** The columns of a whole block of one side (`base…` or `version…`). */
function blockSpan(side: Side, b: number, which: 'base' | 'version') {
  const blk = side.blocks[b];
  const text = blk ? side.text.slice(blk.start, blk.end) : null;
  const num = blk ? String(paragraphNumber(side, b)) : null;
  return which === 'base'
    ? {
        baseText: text,
        baseParagraphs: num,
        baseStart: blk?.start ?? null,
        baseEnd: blk?.end ?? null,
      }
    : {
        versionText: text,
        versionParagraphs: num,
        versionStart: blk?.start ?? null,
        versionEnd: blk?.end ?? null,
      };
}

/** The columns of a mention inside one side. */
function mentionSpan(side: Side, m: SourceMention | null, which: 'base' | 'version') {
  if (!m) return {};
  const b = side.blocks.findIndex((blk) => blk.start <= m.start && m.start < blk.end);
  const num = b < 0 ? null : String(paragraphNumber(side, b));
  return which === 'base'
    ? { baseText: m.text, baseParagraphs: num, baseStart: m.start, baseEnd: m.end }
    : { versionText: m.text, versionParagraphs: num, versionStart: m.start, versionEnd: m.end };
}

/** The columns of a figure or name where one side gives it. */
function factSpan(side: Side, f: FactSpan | null, which: 'base' | 'version') {
  if (!f) return {};
  const num = String(paragraphNumber(side, f.block));
  return which === 'base'
    ? { baseText: f.text, baseParagraphs: num, baseStart: f.start, baseEnd: f.end }
    : { versionText: f.text, versionParagraphs: num, versionStart: f.start, versionEnd: f.end };
}

/** "score 0.76; names: A, B; numbers: 2018; speakers: C; quotes: “…”; words: x, y". */
function evidenceWords(k: Correspondence): string {
  const e = k.evidence;
  const parts = [
    `score ${k.score.toFixed(2)}`,
    e.entities.length ? `names: ${e.entities.join(', ')}` : '',
    e.numbers.length ? `numbers: ${e.numbers.join(', ')}` : '',
    e.speakers.length ? `speakers: ${e.speakers.join(', ')}` : '',
    e.quotes.length ? `quotes: ${e.quotes.map((q) => `“${q}”`).join(', ')}` : '',
    e.words.length ? `words: ${e.words.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

/** The correspondence and source rows of one pair. */
export function pairRelationRows(head: Head, c: Comparison, pair: Pair): FindingRow[] {
  const base = c.versions[c.base] as Side;
  const ver = c.versions[pair.version] as Side;
  const same = activeCorrespondences(pair).map((k): FindingRow => ({
    ...head,
    ...NO_SPANS,
    type: 'correspondence',
    status: 'same facts, independent wording',
    class: evidenceWords(k),
    ...blockSpan(base, k.base, 'base'),
    ...blockSpan(ver, k.version, 'version'),
  }));
  const sources = (pair.sources ?? []).map((s): FindingRow => ({
    ...head,
    ...NO_SPANS,
    type: 'source',
    status: s.status,
    class: `${s.name} (base: ${s.base ?? 'absent'}, version: ${s.version ?? 'absent'})`,
    ...mentionSpan(base, sourceMention(pair, s, 'base'), 'base'),
    ...mentionSpan(ver, sourceMention(pair, s, 'version'), 'version'),
  }));
  const facts = (pair.facts ?? []).map((f): FindingRow => ({
    ...head,
    ...NO_SPANS,
    type: 'fact',
    status: f.status,
    class: `${f.kind}: ${f.value}`,
    ...factSpan(base, f.base, 'base'),
    ...factSpan(ver, f.version, 'version'),
  }));
  return [...same, ...sources, ...facts];
}

/** The head columns of a row about version `i` of the comparison. */
function headOf(x: StoryExport, i: number): Head {
  const c = x.comparison;
  const meta = x.versions[i];
  return {
    story: x.story.title,
    storyId: x.story.id,
    baseVersion: x.versions[c.base]?.number ?? c.base + 1,
    version: meta?.number ?? i + 1,
    outlet: meta?.outlet ?? null,
    url: meta?.url ?? null,
  };
}

type Edit = NonNullable<Comparison['sharedEdits']>[number];

/** The words of a shared edit as version `v` has them (an addition) or the base paragraph. */
function editSpan(c: Comparison, edit: Edit, v: number) {
  if (edit.kind === 'dropped') {
    const s = edit.spans[0];
    return s ? blockSpan(c.versions[c.base] as Side, s.block, 'base') : {};
  }
  const s = edit.spans.find((x) => x.version === v);
  return s ? blockSpan(c.versions[v] as Side, s.block, 'version') : {};
}

/** One row per version making each shared edit, by version number within an edit. */
export function sharedEditRows(x: StoryExport): FindingRow[] {
  const c = x.comparison;
  const num = (i: number) => x.versions[i]?.number ?? i + 1;
  return (c.sharedEdits ?? []).flatMap((edit) =>
    [...edit.versions]
      .sort((a, b) => num(a) - num(b))
      .map((v): FindingRow => ({
        ...headOf(x, v),
        ...NO_SPANS,
        type: 'shared edit',
        status: `${edit.kind} by ${versionList(x, edit.versions)}`,
        class: edit.kind,
        ...editSpan(c, edit, v),
      })),
  );
}

/** The copy chain's rows: each version's claimed source, at the shared edits that back it. */
export function copyChainRows(x: StoryExport): FindingRow[] {
  const c = x.comparison;
  const chain = c.copyChain;
  if (!chain) return [];
  const num = (i: number) => x.versions[i]?.number ?? i + 1;
  return [...chain.entries]
    .sort((a, b) => num(a.version) - num(b.version))
    .map((e): FindingRow => {
      const row: FindingRow = {
        ...headOf(x, e.version),
        ...NO_SPANS,
        type: 'copy chain',
        status: chainClaim(x, e),
        class: `confidence ${e.confidence}, score ${e.score.toFixed(2)}`,
        note: e.reason || chainEvidenceWords(x, e).join('; '),
      };
      // the words: the first shared addition it is said to share (the telling evidence: an
      // omission can be a coincidence of trimming), else the first shared omission
      const edits = e.evidence.sharedEdits.flatMap((k) => c.sharedEdits?.[k] ?? []);
      const shown = edits.find((d) => d.kind === 'added') ?? edits[0];
      return shown ? { ...row, ...editSpan(c, shown, e.version) } : row;
    });
}
