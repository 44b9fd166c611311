// One pair's issue 13 findings in the HTML report: paragraphs that report the same facts in
// independent wording, side by side with what they share marked, and the pair's sources side
// by side (in both, only in one, quoted directly in one and reported in the other). A pair
// compared before engine 2.3, or coarsely, has neither field and gets neither section.
import {
  paragraphCounts,
  paragraphNumber,
  type Block,
  type Comparison,
  type Correspondence,
  type Pair,
} from '../../engine/index';
import { pairFactsHtml } from './html-facts';
import { esc } from './html-text';
import {
  activeCorrespondences,
  SOURCE_STATUS_WORDS,
  SOURCE_USE_WORDS,
  sourceMention,
  useDiffers,
} from './relations';

type Side = { text: string; blocks: readonly Block[] };

/** Evidence lists, in the order the report shows them, with their headings. */
const EVIDENCE: [keyof Correspondence['evidence'], string][] = [
  ['entities', 'Names'],
  ['numbers', 'Figures and dates'],
  ['speakers', 'Speakers'],
  ['quotes', 'Quotations'],
  ['words', 'Rarer words'],
];

/**
 * The forms a shared item may take in either text: the evidence gives the base's words, and
 * the other text may write "U.S." for "US", "14,000" for "14000" or "Simon Migliano" for "Top10VPN’s Simon Migliano".
 */
function termForms(term: string): string[] {
  const forms = [term];
  const owned = /^\S.*?['’]s\s+(\S.*)$/u.exec(term)?.[1];
  if (owned) forms.push(owned);
  if (/^\p{Lu}{2,4}$/u.test(term)) forms.push(`${term.split('').join('.')}.`);
  if (/^(?:\p{Lu}\.){2,4}$/u.test(term)) forms.push(term.replace(/\./g, ''));
  // figures come as bare values ("14000"); texts group the thousands ("14,000")
  if (/^\d{4,}$/.test(term)) forms.push(Number(term).toLocaleString('en-US'));
  return forms;
}

/** Ranges of `text` where any of `terms` stands (letter case ignored), merged. */
function termRanges(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  for (const t of terms.flatMap(termForms)) {
    const want = t.trim().toLowerCase();
    if (want.length < 2) continue;
    for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + want.length)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + want.length] ?? ' ';
      // whole words only: "US" is not marked inside "campus"
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))
        found.push([at, at + want.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** One paragraph, escaped, with the shared names, figures and speakers marked. */
function markedParagraph(side: Side, b: number, terms: readonly string[]): string {
  const blk = side.blocks[b];
  if (!blk) return '';
  const text = side.text.slice(blk.start, blk.end);
  let out = '';
  let at = 0;
  for (const [s, e] of termRanges(text, terms)) {
    out += `${esc(text.slice(at, s))}<mark class="shared">${esc(text.slice(s, e))}</mark>`;
    at = e;
  }
  out += esc(text.slice(at));
  return `<p><span class="para">¶${paragraphNumber(side, b)}</span> ${out}</p>`;
}

function evidenceHtml(k: Correspondence): string {
  const items = EVIDENCE.flatMap(([key, label]) => {
    const list = k.evidence[key];
    if (list.length === 0) return [];
    const words = key === 'quotes' ? list.map((q) => `“${q}”`) : list;
    return [`<dt>${label}</dt><dd>${words.map(esc).join(', ')}</dd>`];
  });
  return `<dl class="evidence-list">${items.join('')}<dt>Strength</dt><dd>${k.score.toFixed(2)}</dd></dl>`;
}

/** The pair's correspondences as a three-column table, or '' when the engine gave none. */
function correspondencesHtml(c: Comparison, pair: Pair): string {
  if (pair.correspondences === undefined) return '';
  const list = activeCorrespondences(pair);
  const head = '<h4>Same facts, independent wording</h4>';
  if (list.length === 0)
    return `${head}<p class="none">No dropped paragraph reports the facts of an added one.</p>`;
  const base = c.versions[c.base] as Side;
  const ver = c.versions[pair.version] as Side;
  const rows = list.map((k) => {
    const terms = [...k.evidence.entities, ...k.evidence.numbers, ...k.evidence.speakers];
    return (
      `<tr class="row-corresponds"><td>${markedParagraph(base, k.base, terms)}</td>` +
      `<td class="rel">same facts, independent wording${evidenceHtml(k)}</td>` +
      `<td>${markedParagraph(ver, k.version, terms)}</td></tr>`
    );
  });
  return (
    `${head}<p class="meta">Paragraphs that share no wording but report the same facts; what both name is <mark class="shared">marked</mark>. These do not count as reused wording.</p>` +
    `<table class="pair correspondences"><thead><tr><th>Base</th><th>What they share</th><th>This version</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

function mentionCell(
  side: Side,
  pair: Pair,
  s: NonNullable<Pair['sources']>[number],
  which: 'base' | 'version',
): string {
  const use = s[which];
  if (use === null) return '<td class="none">—</td>';
  const m = sourceMention(pair, s, which);
  const b = m ? side.blocks.findIndex((blk) => blk.start <= m.start && m.start < blk.end) : -1;
  const where = b < 0 ? '' : ` <span class="para">¶${paragraphNumber(side, b)}</span>`;
  const words = m ? `<br>“${esc(m.text)}”` : '';
  return `<td><span class="use use-${esc(use)}">${esc(SOURCE_USE_WORDS[use])}</span>${where}${words}</td>`;
}

/** The pair's sources as a table, or '' when the engine gave none. */
function sourcesTableHtml(c: Comparison, pair: Pair): string {
  if (pair.sources === undefined) return '';
  const head = '<h4>Sources side by side</h4>';
  if (pair.sources.length === 0) return `${head}<p class="none">Neither text names a source.</p>`;
  const base = c.versions[c.base] as Side;
  const ver = c.versions[pair.version] as Side;
  const rows = pair.sources.map((s) => {
    const differs = useDiffers(s);
    const status = `${SOURCE_STATUS_WORDS[s.status]}${differs ? `: ${differs}` : ''}`;
    return (
      `<tr class="src-${esc(s.status)}${differs ? ' src-differs' : ''}"><th scope="row">${esc(s.name)}</th>` +
      `<td>${esc(status)}</td>${mentionCell(base, pair, s, 'base')}${mentionCell(ver, pair, s, 'version')}</tr>`
    );
  });
  return (
    `${head}<table class="sources side-sources"><thead><tr><th>Source</th><th>Where</th><th>Base</th><th>This version</th></tr></thead>` +
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

/**
 * What an independent report shares with the base and what it does not, in one sentence
 * (a pair labelled "not derived" otherwise says only that): '' for older comparisons.
 */
export function pairSharesSentence(pair: Pair): string {
  if (pair.correspondences === undefined && pair.sources === undefined) return '';
  // base paragraphs in "same facts" rows, as the overview counts them (engine paragraphCounts)
  const same = paragraphCounts(pair).sameFacts;
  const src = pair.sources ?? [];
  const count = (st: string) => src.filter((s) => s.status === st).length;
  const differ = src.filter((s) => useDiffers(s) !== '').length;
  const sources =
    `Sources: ${count('shared')} in both` +
    (differ ? ` (${differ} quoted directly in one and reported in the other)` : '') +
    `, ${count('base-only')} only in the base, ${count('version-only')} only in this version.`;
  return `Same facts in independent wording: ${same} paragraph${same === 1 ? '' : 's'}. ${sources}`;
}

/** The pair's correspondences, sources, figures and names ('' when the comparison has none). */
export function pairRelationsHtml(c: Comparison, pair: Pair): string {
  const sentence = pairSharesSentence(pair);
  const shares = sentence === '' ? '' : `<p class="shares">${esc(sentence)}</p>`;
  return `${shares}${correspondencesHtml(c, pair)}${sourcesTableHtml(c, pair)}${pairFactsHtml(c, pair)}`;
}
