// The overview and the matrix of the HTML report, in the app's words and symbols
// (renderer/src/compare/model.ts CELL_INFO): what each version kept, reworded, moved, dropped
// and added, and what became of each base paragraph in each version.
import {
  factGroups,
  groupsByBase,
  paragraphCounts,
  paragraphNumber,
  type Comparison,
  type Link,
  type Pair,
} from '../../engine/index';
import { pairsByNumber, type ExportVersion, type StoryExport } from './collect';
import { esc } from './html-text';

/** Matrix cells: a symbol and a word, never colour alone. */
const CELL: Record<string, { symbol: string; label: string }> = {
  verbatim: { symbol: '=', label: 'verbatim' },
  reworded: { symbol: '≈', label: 'reworded' },
  partial: { symbol: '◐', label: 'partly kept' },
  moved: { symbol: '↕', label: 'moved' },
  dropped: { symbol: '✕', label: 'dropped' },
  corresponding: { symbol: '≡', label: 'same facts' },
};

/** A version's name as the app shows it (renderer/src/lib/format.ts versionName). */
export function versionName(v: Pick<ExportVersion, 'outlet' | 'title'> | undefined): string {
  return v?.outlet?.trim() || v?.title?.trim() || 'Untitled version';
}

/** The pair's paragraph counts as the app's overview gives them (engine `paragraphCounts`). */
function figures(p: Pair) {
  const n = paragraphCounts(p);
  const attributions = p.attributions.filter((a) => a.status !== 'kept' && !a.change).length;
  const quotes = p.quotes.filter(
    (q) => !['identical', 'typography', 'spelling'].includes(q.status),
  ).length;
  return {
    kept: n.kept,
    reworded: n.reworded,
    moved: n.moved,
    dropped: n.dropped,
    added: n.added,
    corresponding: n.sameFacts,
    attributions,
    quotes,
  };
}

/** The versions table: one row per version, the base first. */
export function overviewHtml(x: StoryExport): string {
  const c = x.comparison;
  const order = [c.base, ...pairsByNumber(x).map((p) => p.version)];
  const rows = order.map((i) => {
    const v = x.versions[i];
    const p = c.pairs.find((q) => q.version === i);
    const name = `<td>#${esc(v?.number)}</td><td>${esc(versionName(v))}</td><td>${esc(v?.published ?? 'date unknown')}</td>`;
    if (!p) return `<tr class="base-row">${name}<td colspan="4">base</td></tr>`;
    const f = figures(p);
    const sim =
      p.stats.similarity ?? (p.stats.baseWords > 0 ? p.stats.keptWords / p.stats.baseWords : 0);
    return (
      `<tr>${name}<td>${esc(p.derivation.label)} (${p.derivation.score.toFixed(2)})</td>` +
      `<td>${Math.round(sim * 100)}%</td>` +
      `<td>kept ${f.kept} · reworded ${f.reworded} · moved ${f.moved} · dropped ${f.dropped} · added ${f.added}${f.corresponding ? ` · same facts, independent wording ${f.corresponding}` : ''}</td>` +
      `<td>${f.attributions} attribution${f.attributions === 1 ? '' : 's'}, ${f.quotes} quote${f.quotes === 1 ? '' : 's'} changed</td></tr>`
    );
  });
  return (
    `<table class="overview"><thead><tr><th>#</th><th>Version</th><th>Published</th><th>Derived from the base</th>` +
    `<th>Similarity</th><th>Paragraphs</th><th>Sources</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

/** What became of base paragraph `b`; `same`: the pair's base paragraphs in "same facts" rows. */
function cellOf(
  p: Pair,
  b: number,
  same: ReadonlyMap<number, unknown>,
): {
  symbol: string;
  label: string;
} {
  const link: Link | undefined = p.links.find((l) => l.base.includes(b));
  const st = !link
    ? same.has(b)
      ? 'corresponding'
      : 'dropped'
    : link.moved
      ? 'moved'
      : link.relation;
  return CELL[st] as { symbol: string; label: string };
}

/** The matrix: the base's paragraphs (page furniture left out) down, the versions across. */
export function matrixHtml(x: StoryExport): string {
  const c: Comparison = x.comparison;
  const base = c.versions[c.base];
  if (!base) return '';
  const pairs = pairsByNumber(x);
  const same = pairs.map((p) => groupsByBase(p, factGroups(p)));
  const head = pairs
    .map(
      (p) =>
        `<th>#${esc(x.versions[p.version]?.number)} ${esc(versionName(x.versions[p.version]))}</th>`,
    )
    .join('');
  const rows = base.blocks
    .map((blk, b) => ({ blk, b }))
    .filter(({ blk }) => blk.kind !== 'boilerplate')
    .map(({ blk, b }) => {
      const text = base.text.slice(blk.start, blk.end);
      const short = text.length > 90 ? `${text.slice(0, 90).trimEnd()}…` : text;
      const cells = pairs
        .map((p, i) => {
          const k = cellOf(p, b, same[i] ?? new Map());
          return `<td class="cell st-${esc(k.label.replace(' ', '-'))}"><span class="sym">${k.symbol}</span> ${esc(k.label)}</td>`;
        })
        .join('');
      return `<tr><th scope="row"><span class="para">¶${paragraphNumber(base, b)}</span> ${esc(short)}</th>${cells}</tr>`;
    });
  return (
    `<table class="matrix"><thead><tr><th>Base paragraph</th>${head}</tr></thead><tbody>\n` +
    `${rows.join('\n')}\n</tbody></table>`
  );
}
