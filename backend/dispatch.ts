import type { z } from 'zod';
import { AppError, type AppErrorData, type Result } from '../contract/errors';
import { isMethodName, methods } from '../contract/methods';
import { explainSqliteError } from '../db';
import type { BackendContext } from './context';
import { handlers } from './handlers';

/** A short, readable summary of what was wrong with an input. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * Maps anything thrown by a handler to the `{ code, message }` a person can act on. SQLite's
 * failures (read-only file, full disk, damaged page, a writer holding the lock too long) get
 * their own messages from db/errors.ts; `file` names the library in them.
 */
export function toAppErrorData(err: unknown, file?: string): AppErrorData {
  if (err instanceof AppError) return err.toData();
  const explained = explainSqliteError(err, file);
  if (explained) return explained.toData();
  console.error('[retold] unexpected error:', err);
  return { code: 'internal', message: 'Something went wrong inside Retold; nothing was written.' };
}

/**
 * The one entry point of both transports (Electron IPC and browser-mode HTTP) and the CLI:
 * checks the method name, parses the input, runs the handler, and checks the output against
 * the contract. Never throws: failures come back as `{ ok: false, error: { code, message } }`.
 */
export async function dispatch(
  ctx: BackendContext,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'bad_input', message: `Unknown method “${String(method)}”.` },
    };
  }
  const spec = methods[method];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'bad_input',
        message: `Invalid input for ${method}: ${describeIssues(parsed.error)}`,
      },
    };
  }
  let value: unknown;
  try {
    const handler = handlers[method] as (c: BackendContext, i: unknown) => unknown;
    value = await handler(ctx, parsed.data);
  } catch (err) {
    return { ok: false, error: toAppErrorData(err, ctx.library.file) };
  }
  const out = spec.output.safeParse(value);
  if (!out.success) {
    console.error(`[retold] ${method} returned data outside the contract:`, out.error.issues);
    return {
      ok: false,
      error: { code: 'internal', message: `Retold produced an invalid answer for ${method}.` },
    };
  }
  return { ok: true, value: out.data };
}
