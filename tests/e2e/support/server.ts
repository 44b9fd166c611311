// Starts Retold's browser mode through the real CLI (`retold serve`) on its own data folder,
// and waits for the address it prints: the readiness signal, never a sleep.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A running browser-mode server. */
export interface RunningServer {
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/** A fresh, empty data folder for one test. */
export function newDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'retold-e2e-'));
}

/** Starts `retold serve --port 0 --no-open --library DIR` and resolves once it prints its address. */
export function startServer(dataDir: string = newDataDir()): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'cli', 'bin.mjs'), 'serve', '--port', '0', '--no-open', '--library', dataDir],
    { cwd: ROOT, env: { ...process.env, RETOLD_DATA_DIR: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`retold serve did not start in time:\n${out}`));
    }, 60_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+))/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const [, url, port, token] = m as unknown as [string, string, string, string];
      resolve({
        url,
        origin: `http://127.0.0.1:${port}`,
        port: Number(port),
        token,
        dataDir,
        output: () => out,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`retold serve exited with ${code}:\n${out}`));
    });
  });
}
