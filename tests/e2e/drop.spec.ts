// Dropping files anywhere on the window opens the import dialog with them queued.
import { AppPage } from './pages/app-page';
import { expect, openApp, test } from './support/fixtures';

test('dropping a file opens the import dialog with the file queued', async ({ page, server }) => {
  await openApp(page, server);
  const app = new AppPage(page);

  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    const text = 'Mooring review set for April\n\nThe harbor committee will meet on April 3.';
    dt.items.add(new File([text], 'mooring-review.txt', { type: 'text/plain' }));
    return dt;
  });

  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop to import')).toBeHidden();

  await expect(app.importDialog.root).toBeVisible();
  await expect(app.importDialog.item('mooring-review.txt')).toContainText('Waiting');
  await expect(app.importDialog.root.getByLabel('New story title')).toHaveValue(
    'Mooring review set for April',
  );
  await expect(app.importDialog.root.getByRole('button', { name: 'Import 1 file' })).toBeEnabled();
});
