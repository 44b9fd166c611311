// `npm start`: builds what is needed and starts the Electron shell. Where Electron's program is
// missing or cannot start (no internet during install, no display, no Electron build of the
// SQLite module), it says so in one sentence and starts browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron, buildRenderer } from './build.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function electronBinary() {
  try {
    const bin = require('electron');
    if (typeof bin === 'string' && existsSync(bin)) return bin;
  } catch {
    // path.txt missing: the binary was never downloaded
  }
  return null;
}

/** Electron's binary, downloading it once if npm skipped that (npm ≥ 11.19 blocks install scripts). */
function findOrFetchElectron() {
  const found = electronBinary();
  if (found) return found;
  console.log('Fetching the Electron program (once)…');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'electron', 'install.js')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 180_000,
    },
  );
  if (r.status !== 0) return null;
  return electronBinary();
}

function whyNoElectron() {
  if (process.env.RETOLD_BROWSER_MODE === '1') return 'RETOLD_BROWSER_MODE=1 is set';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no graphical display';
  }
  return null;
}

function startBrowserMode(reason) {
  console.log(
    `Electron could not start (${reason}), so Retold is opening in your browser instead.`,
  );
  const child = spawn(
    process.execPath,
    [path.join(root, 'cli', 'bin.mjs'), 'serve', ...passThrough],
    {
      stdio: 'inherit',
    },
  );
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function main() {
  await buildRenderer();
  const blocked = whyNoElectron();
  if (blocked) return startBrowserMode(blocked);
  const bin = findOrFetchElectron();
  if (!bin) return startBrowserMode('its program is not installed and could not be downloaded');
  let binding;
  try {
    binding = ensureElectronNative();
  } catch {
    return startBrowserMode('the SQLite module could not be built for Electron');
  }
  await buildElectron();
  const startedAt = Date.now();
  const child = spawn(bin, [root, ...passThrough], {
    stdio: ['ignore', 'inherit', 'pipe'],
    env: { ...process.env, RETOLD_NATIVE_BINDING: binding },
  });
  let stderr = '';
  child.stderr.on('data', (c) => {
    stderr += c;
    process.stderr.write(c);
  });
  child.on('error', (err) => startBrowserMode(`it failed to launch: ${err.message}`));
  child.on('exit', (code) => {
    if (code !== 0 && Date.now() - startedAt < 10_000) {
      const line = stderr.trim().split('\n').pop() ?? `exit status ${code}`;
      return startBrowserMode(`it stopped at once: ${line}`);
    }
    process.exit(code ?? 0);
  });
}

main().catch((err) => {
  console.error(`retold: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
