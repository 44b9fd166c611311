// Builds a second copy of better-sqlite3's native module for Electron's ABI into
// .electron-native/, leaving node_modules' copy (Node's ABI, used by tests and the CLI) alone.
// The Electron shell loads it through better-sqlite3's `nativeBinding` option. This is why
// `npm test` and `npm start` work in either order with no manual rebuild.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = path.join(root, '.electron-native');
const target = path.join(outDir, 'better_sqlite3.node');
const stamp = path.join(outDir, 'built-for.txt');

/** Returns the path of a binding for this Electron version, building it when needed. */
export function ensureElectronNative() {
  const electronVersion = require('electron/package.json').version;
  const sqliteVersion = require('better-sqlite3/package.json').version;
  const want = `electron ${electronVersion} better-sqlite3 ${sqliteVersion} ${process.platform}-${process.arch}`;
  if (existsSync(target) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want)
    return target;

  const work = path.join(outDir, 'build');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, {
    recursive: true,
    filter: (p) => !p.includes(`${path.sep}build${path.sep}`) && !p.endsWith(`${path.sep}build`),
  });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  execFileSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
    { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
  );
  cpSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stamp, want);
  rmSync(work, { recursive: true, force: true });
  return target;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) console.log(ensureElectronNative());
