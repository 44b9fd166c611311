// The full integrity check on demand (issue 9): a person can run it from the app and read the
// result in plain words, with the automatic backups a repair could restore.
import { expect, openApp, test } from './support/fixtures';

test('the library check runs from the sidebar and reports in plain words', async ({
  page,
  server,
}) => {
  await openApp(page, server);
  await page.getByRole('button', { name: 'Check library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check the library' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Run full check' }).click();
  const result = dialog.getByTestId('check-result');
  await expect(result).toContainText('The full check found no damage.');
  // a library created by this launch has no backup yet (the daily one skips an empty library)
  await expect(result).toContainText('There are no automatic backups yet.');
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toHaveCount(0);
});
