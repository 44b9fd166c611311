// Words and numbers for the bulk import (the "Many articles" tab): the paths typed, and the
// progress line's counts, rate and time left, rounded so it does not flicker every half second.
import type { BulkProgress } from '../../hooks/useBulkImport';

const count = new Intl.NumberFormat('en');

/** "1,234". */
export function n(value: number): string {
  return count.format(value);
}

/** "12 articles/s", or "0.4 articles/s" below one a second. */
export function rateText(perSecond: number): string {
  const rounded = perSecond >= 10 ? Math.round(perSecond) : Math.round(perSecond * 10) / 10;
  return `${n(rounded)} ${rounded === 1 ? 'article' : 'articles'}/s`;
}

/** "about 3 min left", "less than 5 s left", or null while unknown. */
export function timeLeftText(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  if (seconds < 5) return 'a few seconds left';
  if (seconds < 60) return `about ${Math.ceil(seconds / 5) * 5} s left`;
  if (seconds < 3600) return `about ${Math.ceil(seconds / 60)} min left`;
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return `about ${h} h ${m} min left`;
}

/** The share done, 0–1, from the bytes read (the backend estimates time left the same way). */
export function fractionDone(p: BulkProgress): number {
  if (p.state !== 'running') return 1;
  return p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
}

/** "3 imported · 1 duplicate · 2 not imported". */
export function countsText(p: BulkProgress): string {
  const dup = p.duplicates === 1 ? 'duplicate' : 'duplicates';
  return `${n(p.imported)} imported · ${n(p.duplicates)} ${dup} · ${n(p.notImported)} not imported`;
}

/** The sentence that heads the summary. */
export function endText(p: BulkProgress): string {
  switch (p.state) {
    case 'cancelled':
      return 'Import stopped. What was imported before you stopped it is kept.';
    case 'failed':
      return `The import stopped: ${p.error ?? 'something went wrong'}. What was imported before is kept.`;
    default:
      return `Import finished in ${Math.max(1, Math.round(p.elapsedMs / 1000))} s.`;
  }
}

/**
 * Splits what the person typed or pasted into paths: one per line, blank lines dropped, and
 * the quotes a file manager's "Copy as path" puts around a path removed.
 */
export function parsePaths(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2')
        .trim(),
    )
    .filter((line) => line.length > 0);
}

/**
 * A source as the summary table shows it: the last folder and the file name of a long path
 * (the part that tells files apart; the full path is the cell's tooltip and is in the CSV).
 */
export function shortSource(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  const parts = source.split(/[\\/]/);
  return parts.length > 3 ? `…/${parts.slice(-2).join('/')}` : source;
}
