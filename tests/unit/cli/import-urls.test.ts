// `retold import urls.txt`: a .txt file of nothing but addresses is a list to fetch (from a
// local server started here), not an article; each page is imported or refused with its reason.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../cli/io';
import { main } from '../../../cli/main';
import { startPageServer, type PageServer } from '../../support/page-server';

let dir: string;
let server: PageServer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-cli-urls-'));
  server = await startPageServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('retold import urls.txt', () => {
  it('fetches every address of the list and reports each refusal', async () => {
    const list = path.join(dir, 'urls.txt');
    writeFileSync(list, `# links\n${server.origin}/article\n${server.origin}/image\n`);
    let out = '';
    let err = '';
    const io: CliIO = {
      stdout: (s) => void (out += s),
      stderr: (s) => void (err += s),
      isTTY: false,
    };
    const code = await main(['import', list, '--library', dir], io);
    expect(code).toBe(1);
    expect(out).toMatch(/1 imported, 0 duplicates \(already in the library\), 1 not imported/);
    expect(err).toContain('urls.txt, line 3: not imported: This address gives an image');
  });
});
