// The words of the bulk import tab: pasted paths split and unquoted, and the progress line's
// rate, time left and counts.
import { describe, expect, it } from 'vitest';
import type { BulkProgress } from '../../../../../renderer/src/hooks/useBulkImport';
import {
  countsText,
  endText,
  fractionDone,
  parsePaths,
  rateText,
  shortSource,
  timeLeftText,
} from '../../../../../renderer/src/components/import/bulk-format';

const running: BulkProgress = {
  state: 'running',
  processed: 40,
  imported: 30,
  duplicates: 1,
  notImported: 9,
  bytesDone: 250,
  bytesTotal: 1000,
  elapsedMs: 2000,
  perSecond: 20,
  secondsLeft: 125,
  error: null,
};

describe('parsePaths', () => {
  it('takes one path a line, drops blank lines and a file manager’s quotes', () => {
    const text = '  /home/me/news \r\n\n"C:\\Users\\me\\crawl.csv"\n\'/tmp/a b.jsonl\'\n   \n';
    expect(parsePaths(text)).toEqual([
      '/home/me/news',
      'C:\\Users\\me\\crawl.csv',
      '/tmp/a b.jsonl',
    ]);
  });

  it('keeps a quote that is part of a name', () => {
    expect(parsePaths("/tmp/it's here")).toEqual(["/tmp/it's here"]);
  });
});

describe('progress words', () => {
  it('rounds the rate and says time left in a person’s units', () => {
    expect(rateText(1234.4)).toBe('1,234 articles/s');
    expect(rateText(0.44)).toBe('0.4 articles/s');
    expect(rateText(1)).toBe('1 article/s');
    expect(timeLeftText(null)).toBeNull();
    expect(timeLeftText(3)).toBe('a few seconds left');
    expect(timeLeftText(42)).toBe('about 45 s left');
    expect(timeLeftText(125)).toBe('about 3 min left');
    expect(timeLeftText(3 * 3600 + 20 * 60)).toBe('about 3 h 20 min left');
  });

  it('counts, share done and the closing sentence', () => {
    expect(countsText(running)).toBe('30 imported · 1 duplicate · 9 not imported');
    expect(fractionDone(running)).toBe(0.25);
    expect(fractionDone({ ...running, bytesTotal: 0 })).toBe(0);
    expect(fractionDone({ ...running, state: 'cancelled' })).toBe(1);
    expect(endText({ ...running, state: 'cancelled' })).toMatch(/stopped.*kept/);
    expect(endText({ ...running, state: 'failed', error: 'the disk is full' })).toBe(
      'The import stopped: the disk is full. What was imported before is kept.',
    );
    expect(endText({ ...running, state: 'done', elapsedMs: 2400 })).toBe('Import finished in 2 s.');
  });
});

describe('shortSource', () => {
  it('keeps the last folder and file name of a long path', () => {
    expect(shortSource('/tmp/pile/sub/article-3.txt')).toBe('…/sub/article-3.txt');
    expect(shortSource('C:\\news\\pile\\sub\\a.txt')).toBe('…/sub/a.txt');
    expect(shortSource('table.jsonl, line 1')).toBe('table.jsonl, line 1');
    expect(shortSource('https://example.org/a')).toBe('https://example.org/a');
  });
});
