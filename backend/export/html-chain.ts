// The story part of issue 13 in the HTML report: the shared edits (an addition or omission
// that several versions make against the base, one row with every version that makes it) and
// the copy chain (each version's most likely immediate source, as an indented tree and as a
// table with confidence, evidence and the engine's reason; "source unclear" where the engine
// found the evidence ambiguous, so the report never claims more than the engine does).
// Comparisons without these fields (older, coarse) get no section at all.
import { paragraphNumber, type Comparison } from '../../engine/index';
import type { StoryExport } from './collect';
import { versionName } from './html-overview';
import { storyFactsSectionHtml } from './html-facts';
import { esc } from './html-text';
import {
  chainClaim,
  chainEvidenceWords,
  versionList,
  versionRef,
  type CopyChainEntryOut,
  type CopyChainOut,
} from './relations';

type Edit = NonNullable<Comparison['sharedEdits']>[number];

const EDIT_WORDS = { added: 'Added in', dropped: 'Dropped by' } as const;

function named(x: StoryExport, i: number): string {
  return `${versionRef(x, i)} ${versionName(x.versions[i])}`;
}

/**
 * The edit's paragraph as each version has it, by version number: near-identical additions
 * can differ ("A NDTV report said that ByteDance did not respond…" against "ByteDance did not
 * respond…"), so each distinct wording is shown once, with the versions that have it.
 */
function editTexts(x: StoryExport, e: Edit): string {
  const c = x.comparison;
  const byText = new Map<string, string[]>();
  const num = (i: number) => x.versions[i]?.number ?? i + 1;
  for (const s of [...e.spans].sort((a, b) => num(a.version) - num(b.version))) {
    const v = c.versions[s.version];
    const blk = v?.blocks[s.block];
    if (!v || !blk) continue;
    const text = v.text.slice(blk.start, blk.end);
    const where = `${versionRef(x, s.version)}${s.version === c.base ? ' (base)' : ''} ¶${paragraphNumber(v, s.block)}`;
    byText.set(text, [...(byText.get(text) ?? []), where]);
  }
  if (byText.size === 0) return `<p>${esc(e.text)}</p>`;
  return [...byText]
    .map(
      ([text, where]) => `<p><span class="para">${esc(where.join(', '))}</span> ${esc(text)}</p>`,
    )
    .join('');
}

/** The shared edits as a table ('' when the comparison has none recorded). */
export function sharedEditsHtml(x: StoryExport): string {
  const edits = x.comparison.sharedEdits;
  if (edits === undefined) return '';
  const head = '<h3>Shared edits</h3>';
  if (edits.length === 0)
    return `${head}<p class="none">No addition or omission is shared by two versions or more.</p>`;
  const rows = edits.map(
    (e) =>
      `<tr class="edit-${esc(e.kind)}"><th scope="row">${EDIT_WORDS[e.kind]} ${esc(versionList(x, e.versions))}</th>` +
      `<td>${editTexts(x, e)}</td></tr>`,
  );
  return (
    `${head}<p class="meta">Additions and omissions several versions make against the base, each shown once: the classic evidence of who copied whom.</p>` +
    `<table class="shared-edits"><thead><tr><th>Edit</th><th>Paragraph</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

function claimLine(x: StoryExport, e: CopyChainEntryOut): string {
  const conf = e.confidence === 'ambiguous' ? 'ambiguous' : `${e.confidence} confidence`;
  return (
    `<span class="chain-version">${esc(named(x, e.version))}</span> ${e.source === null ? '—' : '←'} ` +
    `<span class="claim">${esc(chainClaim(x, e))}</span> <span class="conf conf-${esc(e.confidence)}">${esc(conf)}</span>`
  );
}

/** The entries under `source` in the tree, each with its own subtree; `seen` stops any cycle. */
function subtree(x: StoryExport, chain: CopyChainOut, source: number, seen: Set<number>): string {
  const kids = chain.entries.filter((e) => e.source === source && !seen.has(e.version));
  if (kids.length === 0) return '';
  const items = kids.map((e) => {
    seen.add(e.version);
    const cls = e.confidence === 'ambiguous' ? ' class="ambiguous"' : '';
    return `<li${cls}>${claimLine(x, e)}${subtree(x, chain, e.version, seen)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** The copy chain as an indented tree from the base; versions outside it listed after. */
function chainTreeHtml(x: StoryExport, chain: CopyChainOut): string {
  const seen = new Set<number>([chain.root]);
  const tree = `<ul class="chain-tree"><li><span class="chain-version">${esc(named(x, chain.root))}</span> <span class="meta">(base)</span>${subtree(x, chain, chain.root, seen)}</li></ul>`;
  const rest = chain.entries.filter((e) => !seen.has(e.version));
  if (rest.length === 0) return tree;
  const items = rest.map((e) => `<li>${claimLine(x, e)}</li>`).join('');
  return `${tree}<p class="meta">Not placed in the tree:</p><ul class="chain-rest">${items}</ul>`;
}

function chainEvidence(x: StoryExport, e: CopyChainEntryOut): string {
  const words = chainEvidenceWords(x, e).map(esc).join('<br>');
  // The engine's reason names versions by the library's numbers (withVersionNumbers).
  return e.reason ? `${words}<br><span class="why">${esc(e.reason)}</span>` : words;
}

/** The copy chain: tree and table ('' when the comparison has none). */
export function copyChainHtml(x: StoryExport): string {
  const chain = x.comparison.copyChain;
  if (chain === undefined) return '';
  const num = (i: number) => x.versions[i]?.number ?? i + 1;
  const rows = [...chain.entries]
    .sort((a, b) => num(a.version) - num(b.version))
    .map((e) => {
      const alt =
        e.alternatives.length && e.confidence !== 'ambiguous'
          ? `<br>also fits: ${esc(versionList(x, e.alternatives))}`
          : '';
      return (
        `<tr class="conf-${esc(e.confidence)}"><th scope="row">${esc(named(x, e.version))}</th>` +
        `<td>${esc(chainClaim(x, e))}${alt}</td><td>${esc(e.confidence)} (${e.score.toFixed(2)})</td>` +
        `<td>${chainEvidence(x, e)}</td></tr>`
      );
    });
  return (
    `<h3>Who copied whom</h3><p class="meta">Each version’s most likely immediate source among the versions of this story, inferred from shared edits, dates and wording. A guess from evidence, not a record: where two sources fit equally well it says so.</p>` +
    chainTreeHtml(x, chain) +
    `<table class="copy-chain"><thead><tr><th>Version</th><th>Source</th><th>Confidence</th><th>Evidence</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

/** The report's "How the versions relate" part, or '' when the comparison has none of it. */
export function storyRelationsHtml(x: StoryExport): string {
  const body = sharedEditsHtml(x) + copyChainHtml(x) + storyFactsSectionHtml(x);
  return body === '' ? '' : `<h2>How the versions relate</h2>\n${body}`;
}
