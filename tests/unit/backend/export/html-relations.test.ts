// A pair's issue 13 sections of the HTML report (html-relations.ts, html-facts.ts): the same
// facts in independent wording side by side, the sources side by side, the figures and names
// one text only gives; through the real library and engine on stories written for the tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import { collectStory, storyReportHtml, type StoryExport } from '../../../../backend/export/index';
import { pairRelationsHtml, pairSharesSentence } from '../../../../backend/export/html-relations';
import { resourceReferences, visibleText } from './html';
import { paste, tempLibrary, type TempLibrary } from './library';
import { bridgeStory, COURIER, LEDGER } from './relations-stories';

let lib: TempLibrary;
let x: StoryExport;
let html: string;
beforeAll(async () => {
  lib = tempLibrary();
  x = collectStory(lib.ctx.library, await bridgeStory(lib.ctx), { appVersion: APP_VERSION });
  html = storyReportHtml(x);
}, 60_000);
afterAll(() => lib.close());

/** The rows of the table that follows a heading, as visible text. */
function tableAfter(page: string, heading: string): string[] {
  const at = page.indexOf(`<h4>${heading}</h4>`);
  const table = /<table[^]*?<\/table>/.exec(page.slice(at))?.[0] ?? '';
  return [...table.matchAll(/<tr[^]*?<\/tr>/g)].slice(1).map(([tr]) => visibleText(tr));
}

describe('the report of two independent reports', () => {
  it('says what the pair shares and what it does not', () => {
    const pair = x.comparison.pairs[0];
    expect(pair?.derivation.label).toBe('none');
    expect(pairSharesSentence(pair as NonNullable<typeof pair>)).toBe(
      'Same facts in independent wording: 3 paragraphs. Sources: 1 in both (1 quoted directly ' +
        'in one and reported in the other), 0 only in the base, 1 only in this version.',
    );
    expect(html).toContain('<p class="shares">Same facts in independent wording: 3 paragraphs.');
    // the paragraphs of "same facts" rows are counted there, not as dropped and added, as the
    // app's overview, matrix and pair view count them (engine paragraphCounts)
    expect(html).toContain('· dropped 3 · added 3 · same facts, independent wording 3</td>');
    expect(html).toContain('<span class="sym">≡</span> same facts</td>');
  });

  it('sets the corresponding paragraphs side by side with what they share marked', () => {
    const rows = tableAfter(html, 'Same facts, independent wording');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(
      /¶2 +State inspectors closed[^]*same facts, independent wording[^]*¶2 +About 14,000 drivers/,
    );
    expect(rows[1]).toMatch(/Speakers\s*Dana Whitcombe/);
    expect(rows[2]).toMatch(/Figures and dates\s*6\.5 million, 2019/);
    // marked in both paragraphs, as each writes it
    expect(html.match(/<mark class="shared">Dana Whitcombe<\/mark>/g)).toHaveLength(2);
    expect(html.match(/<mark class="shared">6\.5 million<\/mark>/g)).toHaveLength(2);
    expect(html).toContain('<mark class="shared">14,000</mark>');
  });

  it('lists the sources side by side: direct in one, reported in the other, and one-sided', () => {
    const rows = tableAfter(html, 'Sources side by side');
    expect(rows[0]).toMatch(
      /^Dana Whitcombe\s*in both: quoted directly in the base, reported in this version\s*quoted directly ¶3/,
    );
    expect(rows[1]).toMatch(
      /^Mayor Colin Asante\s*only in this version\s*—\s*reported ¶5\s*“Mayor Colin Asante said”$/,
    );
  });

  it('lists the figures and names one text only gives, with their ¶', () => {
    const rows = tableAfter(html, 'Figures and names');
    expect(rows).toContain('only in the basedate¶6 Saturday—');
    expect(rows.some((r) => /^only in this versionperson—¶5 Colin Asante$/.test(r))).toBe(true);
    expect(html).toMatch(/In both \(\d+\): [^<]*Dana Whitcombe/);
  });

  it('holds both texts whole and loads nothing', () => {
    const seen = visibleText(html);
    for (const t of [COURIER, LEDGER])
      for (const para of t.split('\n\n')) expect(seen).toContain(para);
    expect(resourceReferences(html)).toEqual([]);
  });
});

describe('pairs without issue 13’s fields', () => {
  it('render none of these sections (older cached comparisons, coarse ones)', () => {
    const pair = x.comparison.pairs[0] as NonNullable<(typeof x.comparison.pairs)[0]>;
    const older = { ...pair, correspondences: undefined, sources: undefined, facts: undefined };
    expect(pairRelationsHtml(x.comparison, older)).toBe('');
    expect(pairRelationsHtml(x.comparison, pair)).toContain('Same facts, independent wording');
  });
});

describe('hostile text in the evidence', () => {
  it('is escaped where it is marked', async () => {
    const id = await paste(
      lib.ctx,
      'Hostile names',
      COURIER.replace('Dana Whitcombe', 'Dana <b>Whitcombe</b>'),
    );
    await paste(lib.ctx, id, LEDGER.replace('Dana Whitcombe', 'Dana <b>Whitcombe</b>'));
    const page = storyReportHtml(collectStory(lib.ctx.library, id, { appVersion: APP_VERSION }));
    expect(page).not.toContain('<b>');
    expect(page).toContain('&lt;b&gt;Whitcombe&lt;/b&gt;');
  });
});
