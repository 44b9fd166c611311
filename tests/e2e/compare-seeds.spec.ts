// The three Washington Post versions from ../shared/seeds (read at run time, never copied):
// the attribution panel, spelling-only quote changes, hiding a class, next/previous.
import { expect, test } from './support/fixtures';
import { seedsSkipReason } from '../support/seeds';
import { openSeedPair004 } from './support/seed-story';

test('the 004 pair: NDTV credit added, spelling-only quotes, filters and navigation', async ({
  page,
  server,
}) => {
  const skip = seedsSkipReason();
  test.skip(skip !== null, skip ?? '');
  const cmp = await openSeedPair004(page, server);

  const added = cmp.panel.getByRole('region', { name: 'Attributions added' });
  await expect(added).toContainText('A NDTV report said');
  // Clicking it scrolls the texts there and highlights the phrase.
  await added.getByRole('button', { name: /A NDTV report said/ }).click();
  await expect(cmp.pair.locator('mark.hit').first()).toBeInViewport();
  await expect(cmp.pair.locator('mark.hit').first()).toHaveText('A NDTV report said');
  const spelling = cmp.panel.getByRole('region', { name: 'Quotes spelling' });
  await expect(spelling.getByRole('listitem').first()).toBeVisible();
  await spelling.getByRole('button').first().focus();
  await expect(spelling.getByRole('tooltip').first()).toBeVisible();
  await expect(spelling.getByRole('tooltip').first()).toContainText('only US/UK spelling differs');

  // Show only spelling changes, go to the first: it is highlighted and focused.
  const filters = page.getByRole('group', { name: 'Which changes to show' });
  for (const cls of ['wording', 'number', 'name', 'attribution', 'quote', 'hedge', 'typography']) {
    await filters.getByRole('checkbox', { name: new RegExp(`^${cls}`) }).uncheck();
  }
  // While spelling is dimmed, next/previous passes over it (pair-counts.spec.ts): undim it.
  await filters.getByRole('checkbox', { name: /^dim minor changes/ }).uncheck();
  // Whole added or dropped paragraphs (004's own headline, the dropped photo captions) stay
  // stops whatever the filters, so walk past them to the first spelling change.
  // What has focus, as "class-or-row-kind id" (each stop focuses its own element), or null.
  const focusedStop = (): Promise<string | null> =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el?.matches('[data-change]'))
        return `${el.getAttribute('data-class')} ${el.getAttribute('data-change')}`;
      if (el?.matches('.pair-row'))
        return `${el.getAttribute('data-kind')} ${el.getAttribute('data-row')}`;
      return null;
    });
  const next = page.getByRole('button', { name: /Next change/ });
  let stop: string | null = null;
  for (let i = 0; i < 40 && !stop?.startsWith('spelling '); i++) {
    const before = stop;
    await next.click();
    await expect(cmp.pair.locator('.nav-count')).toHaveText(new RegExp(`^${i + 1} of \\d+`));
    await expect
      .poll(async () => {
        const now = await focusedStop();
        return now !== null && now !== before;
      })
      .toBe(true);
    stop = await focusedStop();
    expect(stop).toMatch(/^(spelling|added|dropped) /);
  }
  const spellingFocused = cmp.pair.locator('[data-class="spelling"]:focus');
  await expect(spellingFocused).toBeVisible();
  await filters.getByRole('checkbox', { name: /^spelling/ }).uncheck();
  await expect(cmp.pair.locator('.chg[data-class="spelling"]')).toHaveCount(0);
  await expect(cmp.pair.locator('.chg')).toHaveCount(0);

  // Everything back on: next/previous walk the changes in order.
  for (const cls of [
    'wording',
    'number',
    'name',
    'attribution',
    'quote',
    'hedge',
    'typography',
    'spelling',
  ]) {
    await filters.getByRole('checkbox', { name: new RegExp(`^${cls}`) }).check();
  }
  const scroller = cmp.pair.getByRole('region', { name: /^Text of/ });
  await scroller.focus();
  const rows: number[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('n');
    await expect(cmp.pair.locator('.nav-count')).toHaveText(new RegExp(`^${i + 1} of \\d+`));
    const row = await page.evaluate(() => {
      const el = document.activeElement?.closest('.pair-row');
      return Number(el?.getAttribute('data-row') ?? -1);
    });
    rows.push(row);
  }
  expect(rows.every((r, i) => r >= 0 && (i === 0 || r >= (rows[i - 1] ?? 0)))).toBe(true);
  await page.keyboard.press('p');
  await expect(cmp.pair.locator('.nav-count')).toHaveText(/^3 of \d+/);
});
