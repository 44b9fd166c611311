// Options of every subcommand, parsed strictly. Node's parseArgs errors are written for
// programmers ("Unknown option '--x'. To specify a positional argument starting with a '-',
// place it immediately after an argument terminator ('--')."): they are replaced by one
// sentence about what was typed, followed by the command's usage line when it has one.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../contract/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The option a token names ("--base=2" → "base"), or null for a positional or "--". */
function optionName(token: string): string | null {
  if (!token.startsWith('-') || token === '-' || token === '--') return null;
  return token.replace(/^--?/, '').split('=')[0] ?? '';
}

/** A sentence about the first option that parseArgs refused. */
export function argumentError(
  args: readonly string[],
  options: Options,
  allowPositionals = false,
): string {
  const long = (n: string) => (n.length === 1 ? `-${n}` : `--${n}`);
  const shorts = new Map(Object.entries(options).map(([n, o]) => [o.short ?? '', n]));
  let valueNext = false;
  for (const [i, token] of args.entries()) {
    if (valueNext) {
      valueNext = false;
      continue;
    }
    if (token === '--') break;
    const typed = optionName(token);
    if (typed === null) {
      if (!allowPositionals)
        return `This command takes no names or files, only options: “${token}”.`;
      continue;
    }
    const name = Object.hasOwn(options, typed) ? typed : shorts.get(typed);
    const known = name === undefined ? undefined : options[name];
    if (!name || !known) {
      const list = Object.keys(options).map(long).join(', ');
      return `“${token}” is not an option of this command${list ? ` (it takes ${list})` : ''}.`;
    }
    const inline = token.includes('=');
    if (known.type === 'boolean' && inline) return `${long(name)} takes no value: write it alone.`;
    const next = args[i + 1];
    if (known.type === 'string' && !inline && (next === undefined || next.startsWith('-'))) {
      return `${long(name)} needs a value after it, as in “${long(name)} 2”.`;
    }
    valueNext = known.type === 'string' && !inline;
  }
  return 'Some of the words given could not be read as this command’s options.';
}

/**
 * Parses a subcommand's options strictly; an unknown or malformed option becomes a sentence
 * a person can read, followed by `usage` when given.
 */
export function parseCommand<T extends ParseArgsConfig>(config: T, usage?: string) {
  try {
    return parseArgs({ ...config, strict: true });
  } catch {
    const sentence = argumentError(
      config.args ?? [],
      config.options ?? {},
      config.allowPositionals === true,
    );
    throw new AppError('bad_input', usage ? `${sentence}\n${usage}` : sentence);
  }
}
