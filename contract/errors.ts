import { z } from 'zod';

/**
 * Error codes a person can act on. Every failure that crosses the process boundary is an
 * AppError `{ code, message }`: the message is written for the user, never a stack trace.
 */
export const errorCodes = [
  'bad_input',
  'not_found',
  'not_text',
  'empty',
  'too_large',
  'unreadable',
  'no_article',
  'unsupported',
  'library_newer',
  'library_not_retold',
  'library_corrupt',
  'library_readonly',
  'library_busy',
  'disk_full',
  'unauthorized',
  'forbidden',
  'internal',
] as const;

/** One of the machine-readable error codes above. */
export type ErrorCode = (typeof errorCodes)[number];

/** The error shape on the wire. */
export const appErrorSchema = z.object({ code: z.enum(errorCodes), message: z.string() });

/** The error shape on the wire, as a type. */
export type AppErrorData = z.infer<typeof appErrorSchema>;

/**
 * Marks every AppError, whichever copy of this module made it. `instanceof` fails across two
 * loads of the module (tsx can load a dynamically imported CLI command's dependencies a second
 * time), and a symbol from the global registry is the same in every copy.
 */
const APP_ERROR_BRAND: unique symbol = Symbol.for('retold.AppError');

/** An error with a code and a user-facing message; thrown by db/ and backend/, sent as data. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly [APP_ERROR_BRAND] = true;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  /** The `{ code, message }` form that crosses IPC and HTTP. */
  toData(): AppErrorData {
    return { code: this.code, message: this.message };
  }
}

/**
 * True for an AppError from any copy of this module: use it instead of `instanceof AppError`
 * where the error may come from code loaded separately (the CLI's commands).
 */
export function isAppError(value: unknown): value is AppError {
  return (
    value instanceof AppError ||
    (value instanceof Error &&
      (value as Error & { [APP_ERROR_BRAND]?: unknown })[APP_ERROR_BRAND] === true &&
      errorCodes.includes((value as Error & { code?: unknown }).code as ErrorCode))
  );
}

/** True for values shaped like an AppError on the wire (from IPC or HTTP). */
export function isAppErrorData(value: unknown): value is AppErrorData {
  return appErrorSchema.safeParse(value).success;
}

/** The result envelope used by both transports. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
