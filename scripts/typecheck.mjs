// Type-checks each layer with its own tsconfig, so the layer rules are compiler errors:
// engine/ and contract/ see neither DOM nor Node types, the renderer sees no Node types.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const projects = [
  'engine/tsconfig.json',
  'contract/tsconfig.json',
  'tsconfig.node.json',
  'renderer/tsconfig.json',
  'tests/tsconfig.json',
];
let failed = false;
for (const project of projects) {
  const r = spawnSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`typecheck failed: ${project}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
