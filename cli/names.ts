// Names as people type them: `retold compare 003 002 004` finds each file by a unique prefix
// of its name in the current folder (or the folder the argument names), and a story by a
// unique prefix of its title. When nothing fits, the message lists the names that came close,
// so a typo ("0003") is fixed without listing the folder by hand.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../contract/errors';

/** Limits of the "close names" hint. */
const CLOSE = {
  /** Most close names listed in one message. */
  max: 5,
  /** Edit distance accepted for a close name, at least this much… */
  minDistance: 1,
  /** …or this share of the typed name's length, whichever is larger. */
  shareOfLength: 0.25,
} as const;

/** Levenshtein distance (insertions, deletions, substitutions), case ignored. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/**
 * Names close to what was typed: those containing it, else those whose start (one character
 * shorter, as long, or one longer than the typed text) is fewest edits away, all at that
 * nearest distance ("0003" → 003_… and 000_…, not every 00…).
 */
export function closeNames(typed: string, names: readonly string[]): string[] {
  const t = typed.toLowerCase();
  const limit = Math.max(CLOSE.minDistance, Math.round(t.length * CLOSE.shareOfLength));
  const near = (n: string): number =>
    n.toLowerCase().includes(t)
      ? 0
      : Math.min(...[-1, 0, 1].map((d) => distance(t, n.slice(0, Math.max(1, t.length + d)))));
  const scored = names.map((n) => ({ n, d: near(n) })).filter((s) => s.d <= limit);
  const best = Math.min(...scored.map((s) => s.d));
  return scored
    .filter((s) => s.d === best)
    .map((s) => s.n)
    .sort()
    .slice(0, CLOSE.max);
}

/** The names that start with a prefix (case ignored), or the one equal to it. */
export function byPrefix(typed: string, names: readonly string[]): string[] {
  const t = typed.toLowerCase();
  const exact = names.filter((n) => n.toLowerCase() === t);
  return exact.length === 1 ? exact : names.filter((n) => n.toLowerCase().startsWith(t));
}

const quoted = (names: readonly string[]): string => names.map((n) => `‘${n}’`).join(', ');

/** Visible files of a folder, or an empty list when it cannot be read. */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.'))
      .filter((n) => statSync(path.join(dir, n)).isFile())
      .sort();
  } catch {
    return [];
  }
}

/** A file given by its path, or by a unique prefix of its name in its folder. */
export function resolveFile(arg: string): string {
  if (existsSync(arg)) return arg;
  const dir = path.dirname(arg);
  const prefix = path.basename(arg);
  const names = filesIn(dir);
  const where = dir === '.' ? 'in this folder' : `in ${dir}`;
  const found = byPrefix(prefix, names);
  if (found.length === 1) return path.join(dir, found[0] as string);
  if (found.length > 1) {
    const shown = found.slice(0, CLOSE.max);
    const more = found.length > shown.length ? ` and ${found.length - shown.length} more` : '';
    throw new AppError(
      'bad_input',
      `${found.length} files ${where} start with ‘${prefix}’: ${quoted(shown)}${more}. Give more of the name.`,
    );
  }
  const close = closeNames(prefix, names);
  const hint = close.length > 0 ? `; close: ${quoted(close)}` : '';
  throw new AppError('not_found', `No file ${where} starts with ‘${prefix}’${hint}.`);
}
