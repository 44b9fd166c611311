// electronegativity (Doyensec's Electron security scanner) on the desktop shell, as a CI gate.
//   node scripts/electronegativity.mjs                 scan, write SARIF, gate (exit 1 on failure)
//   node scripts/electronegativity.mjs --sarif FILE    gate an existing SARIF only
//   options: --allowlist FILE (default security/electronegativity-allowlist.json)
//            --out FILE       (SARIF of the scan; default artifacts/electronegativity.sarif)
//
// What is scanned: the TypeScript sources of electron/, the renderer's index.html (its CSP
// meta tag) and package.json, copied to a scratch folder. Not the esbuild bundle in
// dist/electron: bundling rewrites `shell.openExternal(...)` and friends into forms the scanner
// does not recognise, so on the bundle it misses the real call sites and reports handlers as
// missing that are there.
//
// Offline: the scan runs in a new network namespace (`unshare -rn`, Linux, where allowed) AND
// with scripts/electronegativity/offline.mjs preloaded, which makes every connection and DNS
// lookup fail at once; electronegativity tries to fetch translations and Electron's release
// list on every run. A time limit stops a scan that hangs anyway.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatReport, judge, readAllowlist, readSarif } from './electronegativity/gate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HERE = path.join(ROOT, 'scripts', 'electronegativity');

const SCAN = {
  /** A scan takes about 2 s; one still running after this is stopped and the gate fails. */
  timeoutMs: 120_000,
  /** Files the scanner reads, relative to the repository root. */
  sources: ['electron', 'renderer/index.html', 'package.json'],
};

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

function fail(message) {
  console.error(`electronegativity: ${message}`);
  process.exit(1);
}

/** Copies what is scanned into a scratch folder, keeping repository-relative paths. */
function stage() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-electronegativity-'));
  for (const rel of SCAN.sources) {
    const from = path.join(ROOT, rel);
    const filter = (src) => !src.endsWith('.test.ts');
    cpSync(from, path.join(dir, rel), { recursive: true, filter });
  }
  return dir;
}

/** `unshare -rn` when this system lets us make a network namespace, else nothing. */
function namespacePrefix() {
  if (process.platform !== 'linux') return [];
  const probe = spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? ['unshare', '-rn'] : [];
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const v = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  if (!v) fail('package.json names no Electron version.');
  return v.replace(/^[^\d]*/, '');
}

function scan(outFile) {
  try {
    createRequire(import.meta.url).resolve('@doyensec/electronegativity');
  } catch {
    fail('@doyensec/electronegativity is not installed: run npm install.');
  }
  const input = stage();
  const files = readdirSync(input, { recursive: true, withFileTypes: true }).filter((d) =>
    d.isFile(),
  );
  const prefix = namespacePrefix();
  const node = [process.execPath, '--import', pathToFileURL(path.join(HERE, 'offline.mjs')).href];
  const argv = [...prefix, ...node, path.join(HERE, 'scan.mjs'), input, outFile, electronVersion()];
  const [cmd, ...args] = argv;
  mkdirSync(path.dirname(outFile), { recursive: true });
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SCAN.timeoutMs,
    killSignal: 'SIGKILL',
  });
  rmSync(input, { recursive: true, force: true });
  const blocked = (r.stderr ?? '').split('\n').filter((l) => l.startsWith('[offline] blocked'));
  const isolation =
    prefix.length > 0
      ? 'network namespace + blocked sockets'
      : 'blocked sockets only: unshare is not available here';
  console.log(
    `electronegativity: scanned ${files.length} files offline (${isolation}) in ${Date.now() - started} ms; ${blocked.length} network attempts refused.`,
  );
  if (r.error?.code === 'ETIMEDOUT' || r.signal)
    fail(`the scan did not finish within ${SCAN.timeoutMs / 1000} s.`);
  if (r.status !== 0) fail(`the scan failed:\n${r.stderr}`);
}

function gate(sarifFile, allowlistFile) {
  let sarif;
  let allowJson;
  try {
    sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  } catch (err) {
    fail(`cannot read the SARIF file ${sarifFile}: ${err.message}`);
  }
  try {
    allowJson = JSON.parse(readFileSync(allowlistFile, 'utf8'));
  } catch (err) {
    fail(`cannot read the allowlist ${allowlistFile}: ${err.message}`);
  }
  let read;
  try {
    read = readSarif(sarif);
  } catch (err) {
    fail(err.message);
  }
  const { findings, notifications } = read;
  const { entries, problems } = readAllowlist(allowJson);
  const verdict = judge(findings, notifications, entries);
  verdict.problems.unshift(...problems);
  verdict.ok = verdict.ok && problems.length === 0;
  console.log(formatReport(verdict, findings));
  process.exit(verdict.ok ? 0 : 1);
}

const allowlist = option(
  '--allowlist',
  path.join(ROOT, 'security', 'electronegativity-allowlist.json'),
);
const given = option('--sarif', null);
if (given) {
  gate(given, allowlist);
} else {
  const out = option('--out', path.join(ROOT, 'artifacts', 'electronegativity.sarif'));
  scan(out);
  gate(out, allowlist);
}
