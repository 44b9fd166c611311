// Who copied whom in the story overview (issue 13, item 4), on a story written for this test:
// the Kestrel Bay Courier's report (the base); the Hollow Tide News reprints it and adds a
// sentence; the Saltmarsh Record reprints the News, keeping that sentence and adding another.
// The tree shows the Record under the News under the base, with the confidence in words, the
// evidence on hover, a panel that stays on click, and the whole of it by keyboard.
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';
import { CopyChainView } from './pages/copy-chain-view';
import { expect, openApp, test } from './support/fixtures';
import type { RunningServer } from './support/server';

const STORY = 'Kestrel Bay lighthouse sale';
const BASE = [
  'KESTREL BAY — The county agreed on Wednesday to sell the decommissioned Kestrel Bay lighthouse to a local heritage trust for one dollar, ending two years of uncertainty over the future of the 1887 tower.',
  'The Kestrel Bay Lighthouse Trust, formed by a group of retired harbor pilots, will take on the cost of repairing the lantern room and repainting the tower before it reopens to visitors.',
  '“We did not want to see it turned into a holiday rental,” said Orla Fennimore, who chairs the trust. “It belongs to everyone who has ever steered home by it.”',
  'County engineers estimated last spring that the tower needs about $380,000 of work, most of it to stop water from seeping through the gallery deck into the stairwell.',
  'The trust has raised a little over half of that sum so far and plans a fundraising walk along the breakwater in August, Fennimore said.',
  'Commissioner Dale Ambrose, who voted for the sale, said the county could not justify spending public money on a light that ships no longer rely on.',
];
/** The sentence the Hollow Tide News adds, which the Saltmarsh Record keeps. */
const ADDED_B =
  'The coast guard switched off the lighthouse’s beacon in 2009 and replaced it with an automated buoy at the harbor mouth.';
/** The sentence only the Saltmarsh Record adds. */
const ADDED_C =
  'Visitors will be able to climb the 112 steps to the lantern room once the repairs are finished, the trust said.';
const text = (paras: readonly string[]): string => paras.join('\n\n');

const VERSIONS = [
  { outlet: 'Kestrel Bay Courier', published: '2026-04-01', text: text(BASE) },
  {
    outlet: 'Hollow Tide News',
    published: '2026-04-02',
    text: text([...BASE.slice(0, 4), ADDED_B, ...BASE.slice(4)]),
  },
  {
    outlet: 'Saltmarsh Record',
    published: '2026-04-03',
    text: text([...BASE.slice(0, 4), ADDED_B, ...BASE.slice(4), ADDED_C]),
  },
];

type Pasted = { outlet: string; published?: string; text: string };

/** Imports the versions into a new story and waits for its overview. */
async function openStory(
  page: Page,
  server: RunningServer,
  versions: readonly Pasted[] = VERSIONS,
): Promise<CopyChainView> {
  await openApp(page, server);
  const app = new AppPage(page);
  const dialog = await app.openImport();
  await dialog.intoNewStory(STORY);
  for (const v of versions) {
    await dialog.paste(v.text, undefined, { outlet: v.outlet, published: v.published });
  }
  await expect(dialog.root.locator('.status-imported')).toHaveCount(versions.length);
  await dialog.close();
  await expect(app.story.title).toHaveText(STORY);
  await expect(new CompareView(page).overview).toBeVisible({ timeout: 20_000 });
  const chain = new CopyChainView(page);
  await expect(chain.tree).toBeVisible();
  return chain;
}

const BASE_NAME = '#1 Kestrel Bay Courier';
const B_NAME = '#2 Hollow Tide News';
const C_NAME = '#3 Saltmarsh Record';

test('the tree puts the Record under the News under the base, confidence in words', async ({
  page,
  server,
}) => {
  const chain = await openStory(page, server);
  const root = chain.item(BASE_NAME);
  await expect(root).toHaveAttribute('aria-level', '1');
  await expect(chain.row(BASE_NAME)).toContainText('Base');
  await expect(chain.childrenOf(root)).toHaveCount(1);
  await expect(chain.childrenOf(root)).toHaveAttribute('aria-label', new RegExp(`^${B_NAME}`));
  const news = chain.item(B_NAME);
  await expect(news).toHaveAttribute('aria-level', '2');
  await expect(chain.childrenOf(news)).toHaveCount(1);
  await expect(chain.childrenOf(news)).toHaveAttribute('aria-label', new RegExp(`^${C_NAME}`));
  await expect(chain.item(C_NAME)).toHaveAttribute('aria-level', '3');
  // the confidence is written, not only drawn
  await expect(chain.claim(C_NAME)).toHaveText(/^(high|medium|low) confidence$/);
  await expect(chain.claim(B_NAME)).toHaveText(/^(high|medium|low) confidence$/);
});

test('hover shows the evidence; a click keeps it, and a shared edit opens its words', async ({
  page,
  server,
}) => {
  const chain = await openStory(page, server);
  await chain.hover(C_NAME);
  await expect(chain.tooltip).toContainText('1 shared edit with its source');
  await expect(chain.tooltip).toContainText('The coast guard switched off');
  await expect(chain.tooltip).toContainText('4-word phrases are in #2 Hollow Tide News');
  await expect(chain.tooltip).toContainText('#2 Hollow Tide News was published first');
  await expect(chain.item(C_NAME)).toHaveAttribute('aria-describedby', /chain-tip-/);

  await chain.pin(C_NAME);
  await page.mouse.move(0, 0);
  await expect(chain.tooltip).toBeHidden();
  await expect(chain.panel).toBeVisible();
  await expect(chain.panel).toContainText(`Why ${C_NAME} stands under ${B_NAME}`);
  await expect(chain.item(C_NAME)).toHaveAttribute('aria-selected', 'true');
  await expect(chain.edits).toHaveCount(1);
  await expect(chain.edits).toContainText('The coast guard switched off');
  await chain.edits.click();
  // the pair of the Record, at its added paragraph (the fifth)
  const cmp = new CompareView(page);
  await expect(cmp.pair).toBeVisible();
  await expect(page).toHaveURL(/#\/story\/\d+\/pair\/3\/p\/5$/);
  await expect(
    page.getByLabel('Version compared with the base').locator('option:checked'),
  ).toHaveText('Saltmarsh Record');
});

test('the keyboard reaches every version and its evidence', async ({ page, server }) => {
  const chain = await openStory(page, server);
  // one Tab stop: from the last control before the tree, Tab lands on the base
  await new CompareView(page).overview
    .getByRole('button', { name: 'Make Saltmarsh Record the base' })
    .focus();
  await page.keyboard.press('Tab');
  await expect(chain.item(BASE_NAME)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(chain.item(B_NAME)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(chain.item(C_NAME)).toBeFocused();
  // focus shows the evidence as hover does, and Escape hides it
  await expect(chain.tooltip).toContainText('The coast guard switched off');
  await page.keyboard.press('Escape');
  await expect(chain.tooltip).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(chain.item(B_NAME)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(chain.item(C_NAME)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chain.panel).toBeVisible();
  // the panel is next in the Tab order: Close, then the shared edit
  await page.keyboard.press('Tab');
  await expect(chain.panel.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(chain.edits.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chain.panel).toBeHidden();
  await expect(chain.item(C_NAME)).toBeFocused();
});

test('where the evidence cannot tell, the tree says so: ambiguous, with the alternatives', async ({
  page,
  server,
}, info) => {
  // Undated: the News and the Record add the same sentence, each with a small change of its
  // own, so nothing shows which of them came first.
  const undated: Pasted[] = [
    { outlet: 'Kestrel Bay Courier', text: text(BASE) },
    {
      outlet: 'Hollow Tide News',
      text: text([...BASE, ADDED_B]).replace('last spring', 'in the spring'),
    },
    {
      outlet: 'Saltmarsh Record',
      text: text([...BASE, ADDED_B]).replace('one dollar', 'a dollar'),
    },
  ];
  const chain = await openStory(page, server, undated);
  const ambiguous = chain.tree.locator('li.conf-ambiguous');
  await expect(ambiguous.first()).toBeVisible();
  const name = ((await ambiguous.first().getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
  await expect(chain.claim(name)).toHaveText(/^ambiguous: #\d .+ or #\d .+\?$/);
  await chain.hover(name);
  await expect(chain.tooltip).toContainText('Also fits: #');
  await expect(chain.tooltip).toContainText('Neither gives a publication date');
  await chain.section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('copy-chain-ambiguous.png') });
});

test('the demo story shows the agency copy of a copy under the Seaboard Post', async ({
  page,
  server,
}, info) => {
  await openApp(page, server);
  await expect(new CompareView(page).overview).toBeVisible({ timeout: 20_000 });
  const chain = new CopyChainView(page);
  const post = chain.item('#4 Seaboard Post');
  await expect(post).toHaveAttribute('aria-level', '2');
  await expect(chain.childrenOf(post)).toHaveAttribute('aria-label', /^#7 The Cape Alder Journal/);
  await expect(chain.claim('#7 The Cape Alder Journal')).toHaveText('high confidence');
  // the independent report stands apart from the tree, and says so
  await expect(chain.item('#6 Harbor Light Radio')).toHaveAttribute('aria-level', '1');
  await expect(chain.claim('#6 Harbor Light Radio')).toHaveText(/^independent report/);
  await chain.pin('#7 The Cape Alder Journal');
  await expect(chain.edits).toHaveCount(1);
  await expect(chain.edits).toContainText('The Gull Point landing is the second');
  await chain.section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('copy-chain-demo.png') });
});

for (const theme of ['light', 'dark'] as const) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 800, height: 700 },
  ]) {
    test(`the tree fits ${size.width} px wide, ${theme} theme`, async ({ page, server }, info) => {
      await page.setViewportSize(size);
      await page.addInitScript((t) => localStorage.setItem('retold.theme', t), theme);
      const chain = await openStory(page, server);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await chain.section.scrollIntoViewIfNeeded();
      await chain.pin(B_NAME);
      await chain.hover(C_NAME);
      const tip = await chain.tooltip.boundingBox();
      expect(tip, 'the tooltip is shown').not.toBeNull();
      expect((tip?.x ?? 0) + (tip?.width ?? 0)).toBeLessThanOrEqual(size.width);
      const fits = await page.evaluate(() => {
        const main = document.querySelector('.main');
        return main !== null && main.scrollWidth <= main.clientWidth + 1;
      });
      expect(fits, 'nothing overflows sideways').toBe(true);
      await page.screenshot({ path: info.outputPath(`copy-chain-${size.width}-${theme}.png`) });
    });
  }
}
