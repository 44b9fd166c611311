// The story part of issue 13 in the HTML report (html-chain.ts, and html-facts.ts's story
// tables): shared edits as one row each, the copy chain as a tree and a table, ambiguity said
// as such; through the real library and engine on stories written for the tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../../backend/app';
import { collectStory, storyReportHtml, type StoryExport } from '../../../../backend/export/index';
import { storyRelationsHtml } from '../../../../backend/export/html-chain';
import { resourceReferences, visibleText } from './html';
import { tempLibrary, type TempLibrary } from './library';
import { CHAIN_ADDED, meterStory, undatedTwinsStory } from './relations-stories';

let lib: TempLibrary;
let meters: StoryExport;
let twins: StoryExport;
let html: string;
beforeAll(async () => {
  lib = tempLibrary();
  const opts = { appVersion: APP_VERSION };
  meters = collectStory(lib.ctx.library, await meterStory(lib.ctx), opts);
  twins = collectStory(lib.ctx.library, await undatedTwinsStory(lib.ctx), opts);
  html = storyReportHtml(meters);
}, 60_000);
afterAll(() => lib.close());

const rowsOf = (page: string, cls: string): string[] => {
  const table = new RegExp(`<table class="${cls}">[^]*?</table>`).exec(page)?.[0] ?? '';
  return [...table.matchAll(/<tr[^]*?<\/tr>/g)].slice(1).map(([tr]) => visibleText(tr));
};

describe('the report of a chain of copies', () => {
  it('has the story part after the matrix, and loads nothing', () => {
    const order = ['<h2>Matrix</h2>', '<h2>How the versions relate</h2>', '<h2>Versions beside'];
    const at = order.map((h) => html.indexOf(h));
    expect(at.every((n) => n > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(resourceReferences(html)).toEqual([]);
  });

  it('shows the shared addition once, with every version that makes it', () => {
    const rows = rowsOf(html, 'shared-edits');
    const added = rows.filter((r) => r.startsWith('Added in #2 and #3'));
    expect(added).toEqual([`Added in #2 and #3#2 ¶6, #3 ¶6 ${CHAIN_ADDED}`]);
    expect(
      rows.some((r) => /^Dropped by #2 and #3#1 \(base\) ¶8 The council also approved/.test(r)),
    ).toBe(true);
  });

  it('draws the chain as a tree from the base: #3 under #2 under #1', () => {
    const tree = /<ul class="chain-tree">[^]*?<\/ul><\/li><\/ul><\/li><\/ul>/.exec(html)?.[0] ?? '';
    expect(visibleText(tree)).toBe(
      '#1 Fenwick Herald (base)' +
        '#2 Tri-County Wire ← copies #1 (the base) high confidence' +
        '#3 Lakeside Post ← probably copies #2 medium confidence',
    );
    // nesting, not just order: #3's item is inside #2's
    expect(tree).toMatch(/Tri-County Wire[^]*<ul><li><span class="chain-version">#3 Lakeside Post/);
  });

  it('tabulates each version’s source, confidence and evidence in the library’s numbers', () => {
    const rows = rowsOf(html, 'copy-chain');
    expect(rows[0]).toMatch(/^#2 Tri-County Wirecopies #1 \(the base\)high \(0\.\d\d\)/);
    expect(rows[1]).toMatch(/^#3 Lakeside Postprobably copies #2/);
    expect(rows[1]).toMatch(/medium \(0\.\d\d\)1 addition and 1 omission shared/);
    expect(rows[1]).toMatch(/#2 holds \d+% of its wording, the base \d+%/);
    expect(rows[1]).toMatch(/its source was published before it/);
  });
});

describe('an ambiguous chain', () => {
  it('says the source is unclear and names every version that fits', () => {
    const part = storyRelationsHtml(twins);
    const unclear = twins.comparison.copyChain?.entries.filter((e) => e.confidence === 'ambiguous');
    expect(unclear?.length).toBeGreaterThan(0);
    expect(part).toMatch(/<li class="ambiguous">/);
    expect(visibleText(part)).toMatch(
      /source unclear: #\d, #\d and #\d fit|source unclear: #\d and #\d fit/,
    );
    expect(visibleText(part)).toContain('ambiguous');
    expect(part).not.toMatch(
      /← (copies|probably copies|may copy) #\d[^<]*<\/span> <span class="conf conf-ambiguous/,
    );
  });
});

describe('the story tables of sources and figures', () => {
  it('show every source with each version’s use, and the figures some versions lack', () => {
    const sources = rowsOf(html, 'story-sources');
    expect(sources.find((r) => r.startsWith('Priya Natarajan'))).toMatch(
      /^Priya Natarajan(quoted directly){3}$/,
    );
    const facts = rowsOf(html, 'facts story-facts');
    expect(facts.some((r) => r.startsWith('only in #1') && r.includes('Riverside Park'))).toBe(
      true,
    );
  });
});

describe('comparisons without issue 13’s fields', () => {
  it('have no story part at all', () => {
    const c = meters.comparison;
    const older = {
      ...meters,
      comparison: {
        ...c,
        sharedEdits: undefined,
        copyChain: undefined,
        storySources: undefined,
        storyFacts: undefined,
      },
    };
    expect(storyRelationsHtml(older)).toBe('');
    expect(storyReportHtml(older)).not.toContain('How the versions relate');
  });
});
