// `retold serve` opens the browser on a one-time link, never on the address with the token:
// a program's arguments are visible to every user of the machine. The "browser" here is a
// script named by $BROWSER that records the arguments it was given; Chromium then opens that
// link, lands in the app with the token, and a second use of the link is refused.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test.skip(process.platform === 'win32', 'the recording launcher is a POSIX shell script');

test('the browser is opened on a one-time link that hands over the token once', async ({
  page,
}) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-launch-'));
  const opened = path.join(dir, 'opened.txt');
  const launcher = path.join(dir, 'browser.sh');
  writeFileSync(launcher, `#!/bin/sh\nprintf '%s\\n' "$@" > "${opened}"\n`);
  chmodSync(launcher, 0o755);
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'cli', 'bin.mjs'), 'serve', '--port', '0', '--library', dir],
    { cwd: ROOT, env: { ...process.env, BROWSER: launcher }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  try {
    await expect.poll(() => /#token=([\w-]+)/.exec(out)?.[1], { timeout: 60_000 }).toBeTruthy();
    const token = /#token=([\w-]+)/.exec(out)?.[1] ?? '';
    await expect.poll(() => existsSync(opened) && readFileSync(opened, 'utf8')).toBeTruthy();
    const args = readFileSync(opened, 'utf8').trim();
    expect(args).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/launch\/[\w-]+$/);
    expect(args).not.toContain(token);

    await page.goto(args);
    await expect(page.locator('body[data-ready="true"]')).toBeVisible();
    expect(page.url()).not.toContain(token);

    const again = await page.context().newPage();
    const reply = await again.goto(args);
    expect(reply?.status()).toBe(410);
    await expect(again.getByText('This link was already used')).toBeVisible();
    expect(out).toContain('opened a second time');
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
});
