// The electronegativity gate (scripts/electronegativity.mjs --sarif), run as CI runs it, on
// small SARIF logs shaped like scan.mjs's: it fails on any HIGH or MEDIUM finding that the
// allowlist does not justify, and on anything that would let a finding through unexamined.
// Also: the offline preload makes network calls fail at once instead of waiting.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RUNNER = path.join(ROOT, 'scripts', 'electronegativity.mjs');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'retold-gate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Finding {
  check: string;
  file: string;
  severity?: string;
}
interface Entry {
  check?: string;
  file?: string;
  reason?: string;
  count?: number;
}

function sarif(findings: Finding[], unreadable: string[] = []): object {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Electronegativity', rules: [] } },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((f) => ({
              level: 'error',
              message: { text: `could not read ${f}: Unexpected token (1:6)` },
            })),
          },
        ],
        results: findings.map((f) => ({
          ruleId: f.check,
          level: 'error',
          message: { text: `${f.check} found` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file },
                region: { startLine: 3, startColumn: 1 },
              },
            },
          ],
          properties: f.severity ? { severity: f.severity, confidence: 'FIRM' } : {},
        })),
      },
    ],
  };
}

let n = 0;
/** Runs the gate on a SARIF log and an allowlist; returns its exit status and output. */
function gate(findings: Finding[], entries: Entry[], unreadable: string[] = []) {
  n++;
  const sarifFile = path.join(tmp, `scan-${n}.sarif`);
  const allowFile = path.join(tmp, `allow-${n}.json`);
  writeFileSync(sarifFile, JSON.stringify(sarif(findings, unreadable)));
  writeFileSync(allowFile, JSON.stringify({ entries }));
  const r = spawnSync(process.execPath, [RUNNER, '--sarif', sarifFile, '--allowlist', allowFile], {
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const REASON = 'Reviewed: the URL is checked by isExternalWebUrl first.';
const HIGH = { check: 'NODE_INTEGRATION_JS_CHECK', file: 'electron/main.ts', severity: 'HIGH' };
const MEDIUM = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main.ts', severity: 'MEDIUM' };

describe('electronegativity gate', () => {
  it('fails on a HIGH finding that the allowlist does not justify', () => {
    const r = gate([HIGH], []);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/BLOCKING +NODE_INTEGRATION_JS_CHECK \(HIGH\) electron\/main\.ts:3/);
    expect(r.out).toMatch(/FAILED/);
  });

  it('passes when that finding is justified for its check and file', () => {
    const r = gate([HIGH], [{ check: HIGH.check, file: HIGH.file, reason: REASON }]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/allowed +NODE_INTEGRATION_JS_CHECK/);
    expect(r.out).toMatch(/1 findings \(1 HIGH, 0 MEDIUM, 0 LOW, 0 INFORMATIONAL\)/);
  });

  it('a justification for one file does not cover another', () => {
    const r = gate([HIGH], [{ check: HIGH.check, file: 'electron/menu.ts', reason: REASON }]);
    expect(r.status).toBe(1);
  });

  it('fails on an unjustified MEDIUM; LOW and INFORMATIONAL are listed, not gated', () => {
    expect(gate([MEDIUM], []).status).toBe(1);
    const low = gate(
      [
        { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', severity: 'LOW' },
        { check: 'ELECTRON_VERSION_JSON_CHECK', file: 'package.json', severity: 'INFORMATIONAL' },
      ],
      [],
    );
    expect(low.status).toBe(0);
    expect(low.out).toMatch(/not gated +CSP_GLOBAL_CHECK \(LOW\)/);
  });

  it('fails closed on a finding without a severity', () => {
    const r = gate([{ check: 'SOME_CHECK', file: 'electron/main.ts' }], []);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/treated as HIGH/);
  });

  it('fails when the scanner could not read a file', () => {
    const r = gate([], [], ['electron/main.ts']);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/UNREAD +could not read electron\/main\.ts/);
  });

  it('fails on an entry without a real reason, a stale entry, or a wrong count', () => {
    const noReason = gate([MEDIUM], [{ check: MEDIUM.check, file: MEDIUM.file, reason: 'ok' }]);
    expect(noReason.status).toBe(1);
    expect(noReason.out).toMatch(/needs a "reason"/);
    const stale = gate([], [{ check: MEDIUM.check, file: MEDIUM.file, reason: REASON }]);
    expect(stale.status).toBe(1);
    expect(stale.out).toMatch(/matches no finding any more/);
    const twice = [MEDIUM, MEDIUM, MEDIUM];
    const counted = gate(twice, [{ ...MEDIUM, reason: REASON, count: 2 }]);
    expect(counted.status).toBe(1);
    expect(counted.out).toMatch(/justifies 2, the scan found 3/);
    expect(gate(twice, [{ ...MEDIUM, reason: REASON, count: 3 }]).status).toBe(0);
  });

  it('says so in a sentence when the SARIF file is missing or malformed', () => {
    const missing = spawnSync(process.execPath, [RUNNER, '--sarif', path.join(tmp, 'nope.sarif')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the SARIF file/);
    const empty = path.join(tmp, 'empty.sarif');
    writeFileSync(empty, '{}');
    const r = spawnSync(process.execPath, [RUNNER, '--sarif', empty], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no run with results/);
  });
});

describe('offline preload', () => {
  it('makes connections and DNS lookups fail at once', () => {
    const preload = pathToFileURL(path.join(ROOT, 'scripts', 'electronegativity', 'offline.mjs'));
    const probe = `
      import dns from 'node:dns';
      const t = Date.now();
      const codes = [];
      try { await fetch('https://example.com/'); codes.push('fetched'); } catch (e) { codes.push(e.cause?.code ?? e.code); }
      try { await dns.promises.lookup('example.com'); codes.push('resolved'); } catch (e) { codes.push(e.code); }
      console.log(JSON.stringify({ codes, ms: Date.now() - t }));`;
    const r = spawnSync(
      process.execPath,
      ['--import', preload.href, '--input-type=module', '-e', probe],
      {
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    const result = JSON.parse(r.stdout) as { codes: string[]; ms: number };
    expect(result.codes).toEqual(['ERR_RETOLD_OFFLINE', 'ERR_RETOLD_OFFLINE']);
    expect(result.ms).toBeLessThan(2_000);
    expect(r.stderr).toMatch(/\[offline\] blocked example\.com:443/);
  });
});
