import { spawn } from 'node:child_process';
import { startBackend } from '../backend/app';
import { startHttpHost } from '../backend/host-http';
import { AppError } from '../contract/errors';
import { parseCommand } from './args';
import { ensureRendererBuilt, RENDERER_DIR } from './build-renderer';
import type { CliIO } from './io';

/**
 * Opens a URL in the default browser; failure only matters to the person, who has the URL.
 * The URL is visible to every user of the machine while the launcher runs: pass only a
 * one-time link here.
 */
function openBrowser(url: string): void {
  // $BROWSER names a browser program, as for xdg-utils and Python's webbrowser.
  const chosen = process.env.BROWSER;
  const [cmd, args] = chosen
    ? [chosen, [url]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no browser launcher: the address is printed anyway
  }
}

/** Parses --port: 0 (any free port) by default. */
function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new AppError('bad_input', `--port must be a number from 0 to 65535, not “${value}”.`);
  }
  return port;
}

/**
 * `retold serve [--port N] [--no-open]`: browser mode. Serves the same renderer and the same
 * API as the desktop app on 127.0.0.1, protected by a per-launch token, until Ctrl+C.
 */
export async function runServe(args: string[], file: string, io: CliIO): Promise<number> {
  const { values } = parseCommand({
    args,
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  });
  const port = parsePort(values.port);
  await ensureRendererBuilt(io);
  const ctx = startBackend({ file, shell: 'browser' });
  let host;
  try {
    host = await startHttpHost({ ctx, rendererDir: RENDERER_DIR, port });
  } catch (err) {
    ctx.library.close();
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new AppError('bad_input', `Port ${port} is already in use.`);
    throw err;
  }
  io.stdout(`Retold is running in browser mode.\nLibrary: ${file}\n`);
  io.stdout(`Open this address (it includes this session's key): ${host.url}\n`);
  io.stdout('Press Ctrl+C to stop.\n');
  // The launcher gets a one-time link, never the key: other users can read its arguments (`ps`).
  if (!values['no-open']) openBrowser(host.launchUrl());
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await host.close();
  ctx.library.close();
  io.stdout('Retold stopped.\n');
  return 0;
}
