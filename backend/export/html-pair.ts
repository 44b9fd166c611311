// One version beside the base in the HTML report: every paragraph of both texts in reading
// order (as the pair view aligns them, renderer/src/compare/rows.ts: a kept paragraph beside
// its counterpart, a moved one at its place on each side, dropped ones on the base side, added
// ones on the version side, page furniture dimmed), then the pair's attributions and quotes.
import {
  paragraphAt,
  paragraphNumber,
  type Block,
  type Comparison,
  type Link,
  type Pair,
} from '../../engine/index';
import { RELATION_WORDS } from './findings';
import { esc, markedText, type TextMark } from './html-text';

type Side = { text: string; blocks: readonly Block[] };

/** One row of the side-by-side text. */
interface Row {
  base: number[];
  version: number[];
  /** What the row shows: a relation, moved, dropped, added or page furniture. */
  label: string;
  kind: string;
}

const isFurniture = (s: Side, idx: number[]) =>
  idx.length > 0 && idx.every((i) => s.blocks[i]?.kind === 'boilerplate');

function baseRows(base: Side, pair: Pair): Row[] {
  const linkOf = new Map<number, Link>();
  pair.links.forEach((l) => l.base.forEach((b) => linkOf.set(b, l)));
  const done = new Set<Link>();
  const rows: Row[] = [];
  base.blocks.forEach((_, b) => {
    const link = linkOf.get(b);
    if (!link) {
      const f = isFurniture(base, [b]);
      rows.push({
        base: [b],
        version: [],
        label: f ? 'page furniture' : 'dropped',
        kind: f ? 'furniture' : 'dropped',
      });
    } else if (!done.has(link)) {
      done.add(link);
      if (link.moved)
        rows.push({ base: link.base, version: [], label: 'moved from here', kind: 'moved' });
      else
        rows.push({
          base: link.base,
          version: link.version,
          label: RELATION_WORDS[link.relation],
          kind: link.relation,
        });
    }
  });
  return rows;
}

/** Adds the version blocks no row holds yet, each after the row of the version block before it. */
function placeVersionBlocks(rows: Row[], ver: Side, pair: Pair): Row[] {
  const movedTo = new Map<number, Link>();
  pair.links.filter((l) => l.moved).forEach((l) => l.version.forEach((v) => movedTo.set(v, l)));
  const placed = new Set(rows.flatMap((r) => r.version));
  ver.blocks.forEach((_, v) => {
    if (placed.has(v)) return;
    const link = movedTo.get(v);
    const group = link ? link.version : [v];
    group.forEach((g) => placed.add(g));
    let at = 0;
    rows.forEach((r, i) => {
      if (r.version.some((x) => x < v)) at = i + 1;
    });
    const f = isFurniture(ver, group);
    const row: Row = link
      ? {
          base: [],
          version: group,
          label: `moved here, ${RELATION_WORDS[link.relation]}`,
          kind: 'moved',
        }
      : {
          base: [],
          version: group,
          label: f ? 'page furniture' : 'added',
          kind: f ? 'furniture' : 'added',
        };
    rows.splice(at, 0, row);
  });
  return rows;
}

function marksOf(pair: Pair, side: 'base' | 'version'): TextMark[] {
  return pair.links.flatMap((l) =>
    l.changes.flatMap((ch) => {
      const r = ch[side];
      if (!r || r[1] <= r[0]) return [];
      return [
        {
          start: r[0],
          end: r[1],
          kind: side === 'base' ? 'del' : 'ins',
          cls: ch.class,
        } as TextMark,
      ];
    }),
  );
}

function cell(s: Side, idx: number[], marks: TextMark[]): string {
  return idx
    .map((b) => {
      const blk = s.blocks[b] as Block;
      const kind = blk.kind === 'body' ? '' : ` <span class="kind">${esc(blk.kind)}</span>`;
      return `<p><span class="para">¶${paragraphNumber(s, b)}</span>${kind} ${markedText(s.text, blk.start, blk.end, marks)}</p>`;
    })
    .join('');
}

/** The side-by-side text of a pair as table rows. */
export function pairTextHtml(c: Comparison, pair: Pair): string {
  const base = c.versions[c.base] as Side;
  const ver = c.versions[pair.version] as Side;
  const rows = placeVersionBlocks(baseRows(base, pair), ver, pair);
  const bm = marksOf(pair, 'base');
  const vm = marksOf(pair, 'version');
  const body = rows
    .map(
      (r) =>
        `<tr class="row-${esc(r.kind)}"><td>${cell(base, r.base, bm)}</td>` +
        `<td class="rel">${esc(r.label)}</td><td>${cell(ver, r.version, vm)}</td></tr>`,
    )
    .join('\n');
  return `<table class="pair"><thead><tr><th>Base</th><th>What happened</th><th>This version</th></tr></thead><tbody>\n${body}\n</tbody></table>`;
}

type Span = { start: number; text: string } | null;
const spanCell = (s: Side, x: Span, extra = '') => {
  if (!x) return '<td class="none">—</td>';
  const p = paragraphAt(s, x.start);
  return `<td>${p === null ? '' : `<span class="para">¶${p}</span> `}“${esc(x.text)}”${extra}</td>`;
};

/**
 * The pair's attributions and quotes as two tables (every entry, kept ones included); an
 * entry the analyst corrected says so (`corrected`: its label, by entry identity).
 */
export function pairSourcesHtml(
  c: Comparison,
  pair: Pair,
  corrected: ReadonlyMap<object, string> = new Map(),
): string {
  const base = c.versions[c.base] as Side;
  const ver = c.versions[pair.version] as Side;
  const who = (s?: string | null) => (s ? ` <span class="who">— ${esc(s)}</span>` : '');
  const attr = pair.attributions
    .map((a) => {
      const fix = corrected.get(a);
      const st =
        (a.change ? `changed in wording only (${a.change})` : a.status) +
        (fix ? ` (corrected ${fix})` : '');
      return `<tr class="st-${esc(a.status)}${a.change ? ' minor' : ''}"><td>${esc(st)}</td><td>${esc((a.kind ?? '').replace('_', ' '))}</td>${spanCell(base, a.base)}${spanCell(ver, a.version)}</tr>`;
    })
    .join('\n');
  const quotes = pair.quotes
    .map(
      (q) =>
        `<tr class="st-${esc(q.status)}"><td>${esc(q.status)}</td>${spanCell(base, q.base, who(q.base?.speaker))}${spanCell(ver, q.version, who(q.version?.speaker))}</tr>`,
    )
    .join('\n');
  const table = (title: string, head: string, rows: string) =>
    rows === ''
      ? `<h4>${title}</h4><p class="none">None found.</p>`
      : `<h4>${title}</h4><table class="sources"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
  return (
    table('Attributions', '<th>Status</th><th>Kind</th><th>Base</th><th>This version</th>', attr) +
    table('Quotes', '<th>Status</th><th>Base</th><th>This version</th>', quotes)
  );
}
