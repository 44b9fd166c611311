// A real browser-mode host for tests: a real library in a temporary folder, a small real
// renderer folder (index.html and one asset), and a raw-socket client that can send anything,
// including bytes no HTTP library would produce.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../../../backend/app';
import type { BackendContext } from '../../../backend/context';
import { startHttpHost, type HttpHost } from '../../../backend/host-http';

/** The fixture's index.html: what every app route, and every refused climb, gets. */
export const INDEX_HTML = '<!doctype html><div id="root"></div>';

/** A running host and what it needs to be torn down. */
export interface TestHost {
  host: HttpHost;
  ctx: BackendContext;
  /** `127.0.0.1:PORT`, the Host header the server accepts. */
  hostHeader: string;
  /** Lines the host wrote for the person at the terminal. */
  warnings: string[];
  stop(): Promise<void>;
}

/** Starts a host on a fresh library and a fresh renderer folder. */
export async function startTestHost(): Promise<TestHost> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'retold-http-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("retold");');
  const ctx = startBackend({
    file: path.join(dir, 'library.sqlite'),
    shell: 'browser',
    seedDemo: false,
  });
  const warnings: string[] = [];
  const host = await startHttpHost({ ctx, rendererDir, warn: (l) => warnings.push(l) });
  return {
    host,
    ctx,
    hostHeader: `127.0.0.1:${host.port}`,
    warnings,
    stop: async () => {
      await host.close();
      ctx.library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What came back on a raw socket. */
export interface RawReply {
  /** The status of the first status line, or null when the socket closed without one. */
  status: number | null;
  /** Everything received (bounded). */
  text: string;
  /** True when nothing came back within the time limit. */
  timedOut: boolean;
}

/** Options of a raw exchange. */
export interface RawOptions {
  /** Half-close the socket after writing (a truncated body ends here). */
  endAfterWrite?: boolean;
  /** Stop reading as soon as the status line has arrived (for streams that never end). */
  statusOnly?: boolean;
  timeoutMs?: number;
}

const MAX_KEPT = 64 * 1024;

/** Writes raw bytes to the host and collects the answer until the server closes the socket. */
export function rawRequest(port: number, bytes: Buffer, opts: RawOptions = {}): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let settled = false;
    const done = (timedOut: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3}) /.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text, timedOut });
    };
    const timer = setTimeout(() => done(true), opts.timeoutMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => {
      if (text.length < MAX_KEPT) text += chunk.toString('latin1');
      if (opts.statusOnly && /^HTTP\/1\.[01] \d{3} .*\r\n/.test(text)) done(false);
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(false));
    socket.write(bytes, () => {
      if (opts.endAfterWrite) socket.end();
    });
  });
}
