// The desktop shell, end to end, with Playwright's Electron driver. It runs wherever Electron's
// program is installed; where it is not (machines without internet during `npm install`), it
// skips and says why. Browser-mode tests cover the same renderer and backend everywhere.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoStory } from '../../backend/demo/demo-story';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function electronPath(): string | null {
  try {
    const p = require('electron') as unknown;
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronPath();
const native = path.join(ROOT, '.electron-native', 'better_sqlite3.node');
const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = !binary
  ? 'SKIPPED: Electron’s program is not installed here (it cannot be downloaded without internet); browser-mode tests cover the app.'
  : !existsSync(native)
    ? 'SKIPPED: better-sqlite3 has no Electron build here; run `node scripts/electron-native.mjs` (needs Electron headers).'
    : noDisplay
      ? 'SKIPPED: no display for Electron; run under xvfb-run.'
      : null;

test('the desktop app opens on the demo story', async () => {
  if (skipReason) console.warn(skipReason);
  test.skip(skipReason !== null, skipReason ?? '');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'retold-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [ROOT, '--library', dataDir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    // its own config folder too, so a run leaves no per-library folder in ~/.config
    env: { ...process.env, RETOLD_NATIVE_BINDING: native, XDG_CONFIG_HOME: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.locator('body[data-ready="true"]')).toBeVisible();
    await expect(page.getByText(demoStory.title).first()).toBeVisible();
    // the preload exposes only invoke/on, and Node is not reachable from the page
    const exposed = await page.evaluate(() => ({
      api: Object.keys((window as unknown as { retold: object }).retold).sort(),
      node: typeof (window as unknown as { require?: unknown }).require,
    }));
    expect(exposed).toEqual({ api: ['invoke', 'on'], node: 'undefined' });
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
