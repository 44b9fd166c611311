// Shared edits in the matrix (issue 13) on the Washington Post seed (read at run time, never
// copied): 002 and 004 both add "ByteDance did not respond to request for comment…", so the
// matrix shows it as one row with a cell in each of their columns.
import { expect, test } from './support/fixtures';
import { seedsSkipReason } from '../support/seeds';
import { openSeedStory } from './support/seed-story';

test('an addition two versions share is one matrix row, "Added in 002 and 004"', async ({
  page,
  server,
}, info) => {
  const skip = seedsSkipReason();
  test.skip(skip !== null, skip ?? '');
  const cmp = await openSeedStory(page, server);
  await cmp.openMatrix();
  const rows = cmp.matrix.locator('tr.added-row', { hasText: 'ByteDance did not respond' });
  await expect(rows).toHaveCount(1);
  // the versions are named by their titles: 002's and 004's
  await expect(rows.locator('th')).toContainText(
    /Added in (TikTok owner.+ and Chinese Tech Giants.+|Chinese Tech Giants.+ and TikTok owner.+): /,
  );
  await expect(rows.locator('button.st-added')).toHaveCount(2);
  // each cell opens its own version's pair at the added paragraph
  const cell = rows.locator('button.st-added').last();
  const name = ((await cell.getAttribute('aria-label')) ?? '').split(': added')[0] ?? '';
  await expect(cell).toHaveAttribute('aria-label', /: added paragraph, also added in .+\./);
  await cell.click();
  await expect(cmp.pair).toBeVisible();
  await expect(
    page.getByLabel('Version compared with the base').locator('option:checked'),
  ).toHaveText(name);
  await cmp.tab('Matrix').click();
  await rows.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('shared-edit-matrix.png') });
});
