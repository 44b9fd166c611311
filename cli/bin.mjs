#!/usr/bin/env node
// The `retold` command. Runs the TypeScript sources through tsx so the CLI works right after
// `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`retold export … | head`) closes the pipe: that is the reader's
// choice, not a failure, so end quietly instead of printing an EPIPE stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
