// Words for the "Web addresses" tab: splitting what was pasted into addresses, and saying
// where each one is while the import runs.
import type { BulkRecord } from '../../hooks/useBulkImport';

/** The pasted text split into web addresses and the lines that are not one. */
export function parseUrls(text: string): { urls: string[]; bad: string[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const isUrl = (l: string): boolean => /^https?:\/\/\S+$/i.test(l);
  return { urls: [...new Set(lines.filter(isUrl))], bad: lines.filter((l) => !isUrl(l)) };
}

/** "Fetching…", or what became of the address. */
export function urlState(record: BulkRecord | undefined): string {
  if (!record) return 'Fetching…';
  if (record.outcome === 'not imported') return `Not imported: ${record.reason}`;
  const where = record.storyTitle ? `“${record.storyTitle}”` : 'the library';
  return record.outcome === 'duplicate' ? `Already in ${where}` : `Imported into ${where}`;
}
