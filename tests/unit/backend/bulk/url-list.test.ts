import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUrlListFile, isUrlListText } from '../../../../backend/bulk/url-list';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'retold-url-list-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('URL lists saved as .txt', () => {
  it('is a list when every line but blanks and comments is an address', () => {
    expect(isUrlListText('# links\nhttps://a.example/1\n\nhttp://b.example/2\r\n')).toBe(true);
    expect(isUrlListText('https://a.example/1\nThe council voted.\n')).toBe(false);
    expect(isUrlListText('# only a comment\n\n')).toBe(false);
  });

  it('looks only at .txt files', () => {
    const txt = path.join(dir, 'urls.txt');
    const md = path.join(dir, 'urls.md');
    writeFileSync(txt, 'https://a.example/1\n');
    writeFileSync(md, 'https://a.example/1\n');
    expect(isUrlListFile(txt)).toBe(true);
    expect(isUrlListFile(md)).toBe(false);
    expect(isUrlListFile(path.join(dir, 'missing.txt'))).toBe(false);
  });
});
