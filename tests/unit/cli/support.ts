// Runs the CLI in process, as `retold ARGV…` would, capturing what it writes.
import type { CliIO } from '../../../cli/io';
import { main } from '../../../cli/main';

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `retold argv…` with a non-TTY output and returns its exit code and output. */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    isTTY: false,
  };
  const code = await main([...argv], io);
  return { code, out, err };
}
