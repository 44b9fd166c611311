// Figures and names in the HTML report (issue 13, item 2): for a pair, the numbers, dates,
// amounts and names that only one text gives or that the two give differently ("1.5 million"
// against "1 million"), each at its words, with those both give summed up in one line; for
// the whole story, every source and the versions that use it, and every figure or name on
// which versions disagree or that some versions lack. Comparisons without these fields
// (engines before 2.4, coarse ones) get no section.
import { paragraphNumber, type Block, type Comparison, type Pair } from '../../engine/index';
import type { StoryExport } from './collect';
import { versionName } from './html-overview';
import { esc } from './html-text';
import { SOURCE_USE_WORDS, versionList, versionRef } from './relations';

type Side = { text: string; blocks: readonly Block[] };
type Fact = NonNullable<Pair['facts']>[number];

const STATUS_WORDS: Record<Fact['status'], string> = {
  changed: 'given differently',
  'base-only': 'only in the base',
  'version-only': 'only in this version',
  shared: 'in both',
};

/** Order of the table: disagreements first, then one-sided facts. */
const STATUS_ORDER: Fact['status'][] = ['changed', 'base-only', 'version-only'];

function spanCell(side: Side, s: Fact['base']): string {
  if (!s) return '<td class="none">—</td>';
  return `<td><span class="para">¶${paragraphNumber(side, s.block)}</span> ${esc(s.text)}</td>`;
}

/** The pair's figures and names ('' when the comparison has none recorded). */
export function pairFactsHtml(c: Comparison, pair: Pair): string {
  if (pair.facts === undefined) return '';
  const base = c.versions[c.base] as Side;
  const ver = c.versions[pair.version] as Side;
  const head = '<h4>Figures and names</h4>';
  const shared = pair.facts.filter((f) => f.status === 'shared');
  const bothLine = shared.length
    ? `<p class="meta">In both (${shared.length}): ${esc(shared.map((f) => f.base?.text ?? f.value).join(', '))}.</p>`
    : '';
  const rows = STATUS_ORDER.flatMap((st) => pair.facts?.filter((f) => f.status === st) ?? []).map(
    (f) =>
      `<tr class="fact-${esc(f.status)}"><td>${esc(STATUS_WORDS[f.status])}</td><td>${esc(f.kind)}</td>` +
      `${spanCell(base, f.base)}${spanCell(ver, f.version)}</tr>`,
  );
  if (rows.length === 0)
    return `${head}${bothLine}<p class="none">No figure or name is in one text only or given differently.</p>`;
  return (
    `${head}<table class="facts"><thead><tr><th>Where</th><th>Kind</th><th>Base</th><th>This version</th></tr></thead>` +
    `<tbody>\n${rows.join('\n')}\n</tbody></table>${bothLine}`
  );
}

/** Every source of the story: one row each, a column per version saying how it uses it. */
function storySourcesHtml(x: StoryExport): string {
  const list = x.comparison.storySources;
  if (list === undefined) return '';
  const head = '<h3>Sources across the story</h3>';
  if (list.length === 0) return `${head}<p class="none">No version names a source.</p>`;
  const order = [...x.comparison.versions.keys()].sort(
    (a, b) => (x.versions[a]?.number ?? a) - (x.versions[b]?.number ?? b),
  );
  const cols = order
    .map((i) => `<th>${esc(versionRef(x, i))} ${esc(versionName(x.versions[i]))}</th>`)
    .join('');
  const rows = list.map((s) => {
    const cells = order.map((i) => {
      const u = s.versions.find((v) => v.version === i);
      return u ? `<td>${esc(SOURCE_USE_WORDS[u.use])}</td>` : '<td class="none">—</td>';
    });
    return `<tr><th scope="row">${esc(s.name)}</th>${cells.join('')}</tr>`;
  });
  return `${head}<table class="story-sources"><thead><tr><th>Source</th>${cols}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/**
 * The story's figures and names that versions disagree on or that some versions lack (those
 * every version gives alike say nothing about how the story changed), each version's words.
 */
function storyFactsHtml(x: StoryExport): string {
  const list = x.comparison.storyFacts;
  if (list === undefined) return '';
  const all = x.comparison.versions.length;
  const telling = [
    ...list.filter((f) => f.disagree),
    ...list.filter((f) => !f.disagree && f.mentions.length < all),
  ];
  const head = '<h3>Figures and names across the story</h3>';
  if (telling.length === 0)
    return `${head}<p class="none">Every version gives the same figures and names.</p>`;
  const num = (i: number) => x.versions[i]?.number ?? i + 1;
  const rows = telling.map((f) => {
    const mentions = [...f.mentions].sort((a, b) => num(a.version) - num(b.version));
    const words = mentions.map((m) => `${versionRef(x, m.version)}: “${m.text}”`).join('; ');
    const status = f.disagree
      ? 'given differently'
      : `only in ${versionList(x, [...new Set(mentions.map((m) => m.version))])}`;
    const cls = f.disagree ? ' class="fact-changed"' : '';
    return `<tr${cls}><td>${esc(status)}</td><td>${esc(f.kind)}</td><td>${esc(words)}</td></tr>`;
  });
  return (
    `${head}<table class="facts story-facts"><thead><tr><th>What</th><th>Kind</th><th>Versions that give it</th></tr></thead>` +
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

/**
 * The story-level sources and figures ('' when the comparison has neither, and for a story of
 * two versions, whose one pair already shows them side by side).
 */
export function storyFactsSectionHtml(x: StoryExport): string {
  if (x.comparison.versions.length < 3) return '';
  return storySourcesHtml(x) + storyFactsHtml(x);
}
