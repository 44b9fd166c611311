// The CI gate on electronegativity's findings (SARIF from scan.mjs). electronegativity itself
// exits 0 whatever it finds, so this decides: every HIGH or MEDIUM finding must be justified
// in the checked-in allowlist (security/electronegativity-allowlist.json), and every file must
// have been read (a file the scanner could not parse would otherwise pass unexamined). LOW and
// INFORMATIONAL findings are listed, not gated. A finding without a severity (SARIF not written
// by scan.mjs) counts as HIGH: the gate fails closed.
//
// Allowlist entries: { "check", "file", "reason", "count"? }. `file` is the path from the
// repository root as the SARIF gives it ("(global)" for whole-app checks). With `count`, the
// entry covers exactly that many findings, so a new occurrence in the same file is not waved
// through by an old justification.

/** Severities that fail the gate unless allowlisted. */
export const GATED = new Set(['HIGH', 'MEDIUM']);
/** A reason shorter than this is not a justification. */
const MIN_REASON_LENGTH = 20;

function normalizeFile(uri) {
  return String(uri ?? '(global)')
    .replace(/^file:\/\/\/?$/, '(global)')
    .replace(/^file:\/\//, '')
    .replace(/\\/g, '/')
    .replace(/^\.\//, '');
}

/** The findings and tool notifications in a SARIF log; throws a sentence on a malformed one. */
export function readSarif(sarif) {
  const run = sarif?.runs?.[0];
  if (!run || !Array.isArray(run.results)) {
    throw new Error('The SARIF file has no run with results: was the scan interrupted?');
  }
  const findings = run.results.map((r) => {
    const loc = r.locations?.[0]?.physicalLocation;
    const severity = r.properties?.severity;
    return {
      check: String(r.ruleId),
      file: normalizeFile(loc?.artifactLocation?.uri),
      line: loc?.region?.startLine ?? 1,
      severity: typeof severity === 'string' ? severity.toUpperCase() : 'HIGH',
      severityKnown: typeof severity === 'string',
      message: r.message?.text ?? '',
    };
  });
  const notifications = (run.invocations ?? []).flatMap((inv) =>
    (inv.toolExecutionNotifications ?? []).map((n) => ({
      level: n.level ?? 'error',
      text: n.message?.text ?? '',
    })),
  );
  return { findings, notifications };
}

/** The allowlist's entries, or the reasons it is unusable. */
export function readAllowlist(json) {
  const entries = Array.isArray(json?.entries) ? json.entries : null;
  if (!entries) return { entries: [], problems: ['The allowlist has no "entries" array.'] };
  const problems = [];
  entries.forEach((e, i) => {
    const where = `Allowlist entry ${i + 1}`;
    if (typeof e?.check !== 'string' || !e.check) problems.push(`${where} has no "check".`);
    if (typeof e?.file !== 'string' || !e.file) problems.push(`${where} has no "file".`);
    if (typeof e?.reason !== 'string' || e.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(
        `${where} (${e?.check}) needs a "reason" of at least ${MIN_REASON_LENGTH} characters.`,
      );
    }
    if (e?.count !== undefined && !(Number.isInteger(e.count) && e.count > 0)) {
      problems.push(`${where} (${e?.check}) has a "count" that is not a positive whole number.`);
    }
  });
  return { entries, problems };
}

/** Sorts findings into blocking, allowed and not gated; flags stale and over-used entries. */
export function judge(findings, notifications, entries) {
  const gated = findings.filter((f) => GATED.has(f.severity));
  const notGated = findings.filter((f) => !GATED.has(f.severity));
  const blocking = [];
  const allowed = [];
  const problems = [];
  for (const entry of entries) {
    const matched = gated.filter(
      (f) => f.check === entry.check && normalizeFile(entry.file) === f.file,
    );
    if (matched.length === 0) {
      problems.push(
        `Allowlist entry ${entry.check} in ${entry.file} matches no finding any more: remove it.`,
      );
    } else if (entry.count !== undefined && matched.length !== entry.count) {
      problems.push(
        `${entry.check} in ${entry.file}: the allowlist justifies ${entry.count}, the scan found ` +
          `${matched.length}. Review them and update the entry's count and reason.`,
      );
    }
  }
  for (const f of gated) {
    const entry = entries.find((e) => e.check === f.check && normalizeFile(e.file) === f.file);
    if (entry) allowed.push({ ...f, reason: entry.reason });
    else blocking.push(f);
  }
  const unread = notifications.filter((n) => n.level === 'error');
  const ok = blocking.length === 0 && unread.length === 0 && problems.length === 0;
  return { ok, blocking, allowed, notGated, unread, problems };
}

/** Counts of findings by severity, e.g. { HIGH: 0, MEDIUM: 4, LOW: 1, INFORMATIONAL: 0 }. */
export function bySeverity(findings) {
  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}

/** The report printed by the runner, one finding a line. */
export function formatReport(verdict, findings) {
  const at = (f) => `${f.check} (${f.severity}) ${f.file}:${f.line}`;
  const counts = Object.entries(bySeverity(findings))
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const lines = [`electronegativity: ${findings.length} findings (${counts}).`];
  const brief = (text) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);
  for (const f of verdict.allowed) lines.push(`  allowed   ${at(f)}: ${brief(f.reason)}`);
  for (const f of verdict.notGated) lines.push(`  not gated ${at(f)}: ${f.message}`);
  for (const f of verdict.blocking) {
    const why = f.severityKnown ? '' : ' [no severity in the SARIF: treated as HIGH]';
    lines.push(`  BLOCKING  ${at(f)}: ${f.message}${why}`);
  }
  for (const n of verdict.unread) lines.push(`  UNREAD    ${n.text}`);
  for (const p of verdict.problems) lines.push(`  ALLOWLIST ${p}`);
  lines.push(
    verdict.ok
      ? 'electronegativity: passed (every HIGH and MEDIUM finding is justified in the allowlist).'
      : 'electronegativity: FAILED. Fix the BLOCKING findings, or justify each one in ' +
          'security/electronegativity-allowlist.json (check, file, reason); fix UNREAD files and ALLOWLIST problems.',
  );
  return lines.join('\n');
}
