// Runs electronegativity on a folder and writes its findings as SARIF 2.1.0.
//   node --import ./offline.mjs scan.mjs INPUT_DIR OUTPUT.sarif ELECTRON_VERSION
// We call the package's main export (the function its own CLI calls) rather than the CLI,
// because the CLI's SARIF drops what the gate needs: it has no severity (every finding is a
// "warning" or a "note"), it is written asynchronously after the run "ends", and a file it
// cannot parse is skipped without a word. Here each result carries electronegativity's
// severity, confidence and manual-review flag as properties, its level follows the severity,
// and every file it could not parse becomes a tool notification (level "error"), so that
// scripts/electronegativity/gate.mjs can fail on either.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const LEVEL = { HIGH: 'error', MEDIUM: 'error', LOW: 'warning', INFORMATIONAL: 'note' };

const [input, output, electronVersion] = process.argv.slice(2);
if (!input || !output || !electronVersion) {
  console.error('usage: scan.mjs INPUT_DIR OUTPUT.sarif ELECTRON_VERSION');
  process.exit(2);
}

const pkg = require('@doyensec/electronegativity/package.json');
const main = require('@doyensec/electronegativity');
const run = typeof main === 'function' ? main : main.default;

const { issues, errors } = await run(
  {
    input,
    isSarif: true,
    customScan: [],
    excludeFromScan: [],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);

function toResult(issue) {
  const global = issue.file === 'N/A';
  return {
    ruleId: issue.id,
    level: LEVEL[issue.severity.name] ?? 'error',
    message: { text: issue.description },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: global ? '(global)' : issue.file },
          region: {
            startLine: Math.max(1, issue.location?.line ?? 1),
            startColumn: (issue.location?.column ?? 0) + 1,
          },
        },
      },
    ],
    properties: {
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      manualReview: Boolean(issue.manualReview),
      ...(issue.sample ? { sample: issue.sample } : {}),
    },
  };
}

const ruleIds = [...new Set(issues.map((i) => i.id))].sort();
const sarif = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'Electronegativity',
          version: pkg.version,
          informationUri: 'https://github.com/doyensec/electronegativity',
          rules: ruleIds.map((id) => ({
            id,
            helpUri: `https://github.com/doyensec/electronegativity/wiki/${id}`,
          })),
        },
      },
      invocations: [
        {
          executionSuccessful: !errors.some((e) => !e.tolerable),
          toolExecutionNotifications: errors.map((e) => ({
            level: e.tolerable ? 'warning' : 'error',
            message: { text: `could not read ${path.relative(input, e.file)}: ${e.message}` },
          })),
        },
      ],
      results: issues.map(toResult),
    },
  ],
};
writeFileSync(output, `${JSON.stringify(sarif, null, 2)}\n`);
