import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../contract/errors';

/** Parses a subcommand's options strictly; unknown options become errors a person can read. */
export function parseCommand<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs({ ...config, strict: true });
  } catch (err) {
    throw new AppError('bad_input', err instanceof Error ? err.message : String(err));
  }
}
