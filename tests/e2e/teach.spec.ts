// Teach mode on the demo story (issue 11, item 15; backend/demo/README.md lists which reprint
// shows which change): an explanation with an example from the text for each kind of change
// in the pair on screen, a guided tour that steps through the story and marks the words it is
// about, and a worksheet with an answer key that prints without the app around it. Screens in
// both themes go to artifacts/screenshots/teach-*.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CompareView } from './pages/compare-view';
import { TeachView } from './pages/teach-view';
import { expect, openApp, test } from './support/fixtures';

const OUT = join(process.cwd(), 'artifacts', 'screenshots');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, `teach-${name}.png`) });
}

/** No serious or critical axe finding (contrast, names, roles) in one part of the screen. */
async function accessible(page: Page, selector: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  const serious = result.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(serious.map((v) => `${selector}: ${v.id} ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** The text of the marked words in one column of the pair view, joined. */
async function hitText(pair: Locator, side: 'base' | 'version'): Promise<string> {
  const parts = await pair.locator(`.cell-${side} mark.hit`).allTextContents();
  return parts.join('').replace(/\s+/g, ' ').trim();
}

test('teach mode explains each kind of change in the pair, with an example from its text', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  const teach = new TeachView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  await expect(teach.toggle).not.toBeChecked();
  await teach.turnOn();
  await cmp.openPairOf('Seaboard Post');
  await expect(teach.lessons).toBeVisible();

  // Seaboard Post (the agency rewrite) shows these kinds of change, among others.
  const cards = teach.lessons.getByRole('article');
  for (const name of [
    'Quote altered',
    'Quote trimmed',
    'Hedge',
    'Number changed',
    'Credit added',
  ]) {
    await expect(teach.lesson(name)).toBeVisible();
  }
  // Every card explains, and quotes its first example with the paragraph number on both sides.
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    await expect(card.locator('dt')).toHaveText(['Why it matters', 'Look for', 'Ask']);
    await expect(card.locator('.lesson-example')).toContainText(/¶\d+/);
  }
  const altered = teach.lesson('Quote altered');
  await expect(altered.locator('.teach-quote').first()).toContainText('Port Ellis Gazette, ¶3');
  await expect(altered.locator('.teach-words').first()).toContainText('hardest');
  await expect(altered.locator('.teach-words').nth(1)).toContainText('toughest');
  await expect(teach.lesson('Number changed').locator('.teach-words')).toHaveText([
    '$4.2 million',
    '$4 million',
  ]);

  // "Show it in the text" marks the example's words in the pair view.
  await teach.lesson('Number changed').getByRole('button', { name: 'Show it in the text' }).click();
  await expect.poll(() => hitText(cmp.pair, 'base')).toBe('$4.2 million');
  await expect.poll(() => hitText(cmp.pair, 'version')).toBe('$4 million');

  // The Westerly Chronicle dropped the dissenting source; the lesson names her paragraph.
  await page
    .getByLabel('Version compared with the base')
    .selectOption({ label: 'The Westerly Chronicle' });
  await expect(teach.lesson('Dropped source').locator('.teach-quote').first()).toContainText(
    'Port Ellis Gazette, ¶8',
  );
  await expect(teach.lesson('Dropped source').locator('.teach-words').first()).toContainText(
    'Delia Marchetti',
  );
  await expect(teach.lesson('Spelling')).toBeVisible();

  // The switch is remembered.
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeVisible();
  await expect(teach.toggle).toBeChecked();
});

test('the tour steps through the story, marks the words of each step, and can be escaped', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const cmp = new CompareView(page);
  const teach = new TeachView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  await teach.turnOn();
  const start = teach.button('Start the tour');
  await start.click();
  await expect(teach.tour).toBeVisible();
  await expect(cmp.pair).toBeVisible();
  // Focus is on the card, so the keyboard drives it.
  await expect(teach.tour.getByRole('heading', { level: 2 })).toBeFocused();
  const total = Number((await teach.progress.textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(8);

  const titles: string[] = [];
  for (let i = 1; i <= total; i++) {
    await expect(teach.progress).toContainText(`Step ${i} of ${total}`);
    titles.push((await teach.tour.getByRole('heading', { level: 2 }).textContent()) ?? '');
    // The words quoted on the card are the words marked in the pair view.
    const words = teach.tour.locator('.teach-quote:not(.is-missing) .teach-words');
    const quoted = ((await words.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const side = (await teach.tour.locator('.teach-quote').first().getAttribute('class'))?.includes(
      'is-missing',
    )
      ? 'version'
      : 'base';
    const head = quoted.replace(/ …$/, '').slice(0, 40);
    await expect.poll(() => hitText(cmp.pair, side), { message: titles[i - 1] }).toContain(head);
    if (i < total) {
      if (i % 2) await teach.button('Next →').click();
      else await page.keyboard.press('ArrowRight');
    }
  }
  await expect(teach.button('Finish the tour')).toBeVisible();
  expect(titles).toContain('This reprint removed a dissenting source: Delia Marchetti');
  expect(
    titles.some((t) => t.startsWith('This reprint cut the ending: the last 6 paragraphs')),
  ).toBe(true);
  expect(titles).toContain('A quotation was altered');
  expect(titles).toContain('This reprint added a credit');

  // Back, then Escape ends the tour: no card, no marks, focus back on the button.
  await teach.button('← Back').click();
  await expect(teach.progress).toContainText(`Step ${total - 1} of ${total}`);
  await page.keyboard.press('Escape');
  await expect(teach.tour).toBeHidden();
  await expect(cmp.pair.locator('mark.hit')).toHaveCount(0);
  await expect(start).toBeFocused();
});

/** The number of pages of a PDF Chromium made (its page objects are not compressed). */
const pages = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

test('the worksheet prints alone, and the answer key on a page of its own', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  const app = new AppPage(page);
  const cmp = new CompareView(page);
  const teach = new TeachView(page);
  await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
  await teach.turnOn();
  await teach.openWorksheet();
  await teach.worksheet.getByLabel('Version').selectOption({ label: 'Seaboard Post' });
  const sheet = teach.worksheet.locator('article.worksheet').first();
  await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(
    'Worksheet: how did Seaboard Post change the story?',
  );
  const questions = sheet.locator('.ws-question');
  expect(await questions.count()).toBeGreaterThanOrEqual(5);
  await expect(questions.first().locator('.ws-lines span').first()).toBeAttached();
  await expect(sheet).toContainText('This was the hardest vote I have taken');
  await expect(sheet).toContainText('This was the toughest vote I have cast');
  const key = teach.worksheet.locator('article.worksheet-key');
  await expect(key).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(app.sidebar).toBeHidden();
  await expect(page.locator('#root')).toBeHidden();
  await expect(teach.button('Print worksheet')).toBeHidden();
  const without = await page.pdf({ format: 'A4' });
  expect(without.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.emulateMedia({ media: 'screen' });
  await teach.worksheet.getByLabel(/Include the answer key/).check();
  await expect(key.getByRole('heading', { level: 1 })).toHaveText('Answer key: Seaboard Post');
  await expect(key.locator('li')).toHaveCount(await questions.count());
  await expect(key).toContainText('“$4.2 million” (¶2) became “$4 million” (¶2)');
  await page.emulateMedia({ media: 'print' });
  await expect(key).toBeVisible();
  await expect(key).toHaveCSS('break-before', 'page');
  const withKey = await page.pdf({ format: 'A4' });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'teach-worksheet-with-key.pdf'), withKey);
  await shot(page, 'worksheet-print');
  expect(pages(withKey)).toBeGreaterThan(pages(without));
  expect(pages(without)).toBeGreaterThanOrEqual(1);

  // Closed, the app is back and prints as before.
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(teach.worksheet).toBeHidden();
  await expect(app.sidebar).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`teach mode screens in the ${theme} theme`, async ({ page, server }) => {
    test.setTimeout(120_000);
    await page.addInitScript((t) => localStorage.setItem('retold.theme', t), theme);
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(size);
      await openApp(page, server);
      const cmp = new CompareView(page);
      const teach = new TeachView(page);
      await expect(cmp.overview).toBeVisible({ timeout: 20_000 });
      await teach.turnOn();
      await cmp.openPairOf('Seaboard Post');
      await expect(teach.lessons).toBeVisible();
      const tag = `${size.width}x${size.height}-${theme}`;
      await shot(page, `${tag}-lessons`);
      if (size.width === 1440) await accessible(page, '.teach-lessons');
      await teach.button('Start the tour').click();
      await teach.button('Next →').click();
      await expect(cmp.pair.locator('mark.hit').first()).toBeVisible();
      await shot(page, `${tag}-tour`);
      if (size.width === 1440) await accessible(page, '.tour-card');
      await page.keyboard.press('Escape');
      await teach.openWorksheet();
      await teach.worksheet.getByLabel(/Include the answer key/).check();
      await shot(page, `${tag}-worksheet`);
      if (size.width === 1440) await accessible(page, '.worksheet-screen');
      await teach.worksheet.getByRole('button', { name: 'Close' }).click();
    }
  });
}
