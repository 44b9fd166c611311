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
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : dateFormat.format(parsed);
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

/** File sizes for messages: "820 KB", "23.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
