// Normalising publication dates found in pages to ISO 8601 without inventing precision or a
// time zone the page did not give, and without depending on the machine's time zone:
//   "2019-11-28"                      → "2019-11-28"            (a date stays a date)
//   "2019-11-28T10:00:00-05:00"       → "2019-11-28T15:00:00Z"  (a zoned time becomes UTC)
//   "2019-11-28 10:00"                → "2019-11-28T10:00:00"   (a local time stays local)
//   "Thu, 28 Nov 2019 15:00:00 GMT"   → "2019-11-28T15:00:00Z"
//   "November 28, 2019"               → "2019-11-28"
//   "1574953200" (Unix seconds)       → "2019-11-28T15:00:00Z"

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function utc(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function fromIso(match: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, zone] = match;
  if (!validDate(Number(y), Number(mo), Number(d))) return null;
  const day = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) return day;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  const local = `${day}T${h}:${mi}:${s ?? '00'}`;
  if (!zone) return local;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : normaliseOffset(zone);
  return utc(Date.parse(`${local}${offset}`));
}

function normaliseOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

// Free-form dates ("Thu, 28 Nov 2019 15:00:00 GMT", "November 28, 2019"): Date.parse reads them
// in the local zone unless they name one, so for the zone-less case we print the same local
// fields back, which reproduces what the page said whatever the machine's zone is.
function fromFreeForm(value: string): string | null {
  // Date.parse accepts nearly anything with a number in it ("Page 2"); require a year.
  if (!/\b(1[89]|20|21)\d{2}\b/.test(value)) return null;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return null;
  if (/\b(GMT|UTC|UT|Z)\b|[+-]\d{2}:?\d{2}\b/i.test(value)) return utc(ms);
  const date = new Date(ms);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  if (!/\d{1,2}:\d{2}/.test(value)) return day;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A page's date string as ISO 8601 (see the examples above), or null when it is not a date. */
export function normaliseDate(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed || trimmed.length > 100) return null;
  const iso = ISO.exec(trimmed);
  if (iso) return fromIso(iso);
  if (/^\d{10}$/.test(trimmed)) return utc(Number(trimmed) * 1000);
  if (/^\d{13}$/.test(trimmed)) return utc(Number(trimmed));
  return fromFreeForm(trimmed);
}
