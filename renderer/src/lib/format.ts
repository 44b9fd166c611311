// Display formatting for dates, counts and sources. Dates from the backend are ISO strings;
// `published` may be only a date (YYYY-MM-DD) or free text typed by a person, so anything we
// cannot parse is shown as given rather than as "Invalid Date".
import type { VersionSummary } from './types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A calendar date for display; date-only strings are read as that day, not UTC midnight. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    return dateFormat.format(new Date(Number(y), Number(m) - 1, Number(d)));
  }
  // Only ISO timestamps are parsed: V8 reads free text leniently ("spring 2024" as 1 January).
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) return value;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : dateFormat.format(parsed);
}

/**
 * A publication date with its time of day as the outlet wrote it: "Mar 12, 2024, 06:15" from
 * "2024-03-12T06:15:00-04:00". The time is not moved to the reader's zone, which would show
 * another hour (or day) than the article's own dateline.
 */
export function formatPublished(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value);
  if (!m?.[1]) return formatDate(value);
  const day = formatDate(m[1]);
  return m[2] ? `${day}, ${m[2]}` : day;
}

/** A timestamp with the time of day, for "imported at" details. */
export function formatDateTime(value: string): string {
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : dateTimeFormat.format(parsed);
}

/** "1 version", "3 versions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

const sourceLabels: Record<VersionSummary['sourceKind'], string> = {
  paste: 'Pasted',
  file: 'File',
  url: 'Web address',
  bulk: 'Bulk import',
  demo: 'Demo',
};

/** How a version arrived, in one word: "File", "Pasted", "Demo". */
export function sourceLabel(kind: VersionSummary['sourceKind']): string {
  return sourceLabels[kind];
}

/** How a version arrived: "File · article.html", "Pasted", "Demo · Retold demo library". */
export function formatSource(v: Pick<VersionSummary, 'sourceKind' | 'sourceName'>): string {
  const label = sourceLabels[v.sourceKind];
  return v.sourceName ? `${label} · ${v.sourceName}` : label;
}

/** A short human name for a version: its outlet, else its title, else "Untitled version". */
export function versionName(v: Pick<VersionSummary, 'outlet' | 'title'>): string {
  return v.outlet?.trim() || v.title?.trim() || 'Untitled version';
}

/**
 * File sizes as they are: "0 bytes", "1 byte", "512 bytes", "1.2 KB", "820 KB", "23.4 MB".
 * Never rounded up from nothing: an empty file listed as "1 KB" hid why it was refused.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  const kb = bytes / 1024;
  // One decimal while it says something (1.2 KB), none once the number is large (820 KB).
  if (kb < 10) return `${Number(kb.toFixed(1))} KB`;
  if (kb < 1023.5) return `${Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}
