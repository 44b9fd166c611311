// Checks that a development-set cluster is well formed, so that a bad label fails CI
// (tests/unit/bench/devset.test.ts) instead of silently skewing the scores: versions present
// with their source, paragraphs clean, indexes in range, and every truth phrase found in the
// text it is said to be in (added: the version; dropped and quotes: the base; changed: both).
import { locate, truthString, type DevPair, type LoadedCluster, type TruthText } from './load';

function checkVersions(c: LoadedCluster, err: (m: string) => void): void {
  if (c.versions.length < 2) err('needs at least two versions');
  c.versions.forEach((v, i) => {
    if (!v.id || !v.outlet || !/^https?:\/\//.test(v.url)) err(`version ${i}: id, outlet, url`);
    if (v.published !== null && typeof v.published !== 'string') err(`version ${i}: published`);
    if (!Array.isArray(v.paragraphs) || v.paragraphs.length === 0) err(`version ${i}: no text`);
    v.paragraphs.forEach((p, k) => {
      if (p.trim() !== p || p.length === 0) err(`version ${i} ¶${k}: empty or padded`);
      if (/\n\s*\n/.test(p)) err(`version ${i} ¶${k}: contains a blank line`);
    });
  });
  if (!Number.isInteger(c.base) || c.versions[c.base] === undefined) err('base out of range');
}

function checkPhrases(
  where: string,
  text: string,
  items: readonly TruthText[] | undefined,
  err: (m: string) => void,
): void {
  for (const t of items ?? []) {
    if (locate(text, t) === null) err(`${where}: "${truthString(t)}" not found`);
  }
}

function checkTruth(c: LoadedCluster, p: DevPair, err: (m: string) => void): void {
  const base = c.texts[c.base] ?? '';
  const version = c.texts[p.version] ?? '';
  const at = `pair ${p.version}`;
  const a = p.attributions;
  if (a !== undefined) {
    checkPhrases(`${at} added`, version, a.added, err);
    checkPhrases(`${at} dropped`, base, a.dropped, err);
    checkPhrases(
      `${at} changed (base)`,
      base,
      a.changed?.map((x) => x[0]),
      err,
    );
    checkPhrases(
      `${at} changed (version)`,
      version,
      a.changed?.map((x) => x[1]),
      err,
    );
  }
  const q = p.quotes;
  if (q !== undefined) {
    for (const list of [q.changed, q.dropped, q.unchangedPunctOnly]) {
      checkPhrases(`${at} quote`, base, list, err);
    }
  }
}

function checkPair(c: LoadedCluster, p: DevPair, err: (m: string) => void): void {
  const at = `pair ${p.version}`;
  const nb = c.versions[c.base]?.paragraphs.length ?? 0;
  const nv = c.versions[p.version]?.paragraphs.length ?? 0;
  if (p.version === c.base || nv === 0) err(`${at}: version out of range or the base`);
  if (typeof p.derived !== 'boolean') err(`${at}: derived must be true or false`);
  for (const pp of p.paragraphPairs ?? []) {
    const [b, v] = pp;
    if (!(b >= 0 && b < nb && v >= 0 && v < nv))
      err(`${at}: paragraph pair ${b},${v} out of range`);
  }
  const paired = new Set((p.paragraphPairs ?? []).map((x) => x[0]));
  for (const b of p.ignoreBase ?? []) {
    if (!(b >= 0 && b < nb)) err(`${at}: ignored base paragraph ${b} out of range`);
    if (paired.has(b)) err(`${at}: base paragraph ${b} is both ignored and paired`);
  }
  if (!p.derived && (p.attributions !== undefined || p.quotes !== undefined)) {
    err(`${at}: an independent report has no attribution or quote truth`);
  }
  checkTruth(c, p, err);
}

/** Every problem found in a cluster, as sentences; empty when it is well formed. */
export function validateCluster(c: LoadedCluster): string[] {
  const errors: string[] = [];
  const err = (m: string) => errors.push(`${c.file}: ${m}`);
  if (`${c.id}.json` !== c.file) err('id does not match the file name');
  if (c.kind !== 'syndicated' && c.kind !== 'control') err('kind must be syndicated or control');
  checkVersions(c, err);
  if (!Array.isArray(c.pairs) || c.pairs.length === 0) err('no pairs');
  const seen = new Set<number>();
  for (const p of c.pairs ?? []) {
    if (seen.has(p.version)) err(`version ${p.version} judged twice`);
    seen.add(p.version);
    checkPair(c, p, err);
    if (c.kind === 'control' && p.derived) err(`pair ${p.version}: a control pair is not derived`);
  }
  return errors;
}
