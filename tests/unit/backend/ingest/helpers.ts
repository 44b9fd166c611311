// Shared helpers for the ingest tests: build byte fixtures in the test itself (no committed
// binaries), and assert on the AppError a call rejects with.
import { expect } from 'vitest';
import { AppError, type ErrorCode } from '../../../../contract/errors';

/** Bytes of a string in a single-byte encoding, written as \xNN escapes in the string. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));
}

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-16 bytes of a string, little- or big-endian, with or without a BOM. */
export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes[i * 2] = endian === 'le' ? lo : hi;
    bytes[i * 2 + 1] = endian === 'le' ? hi : lo;
  }
  return bytes;
}

/** Concatenated byte arrays. */
export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

/** The AppError a promise rejects with; fails the test if it resolves or throws something else. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Asserts the AppError's code, and that its message matches. */
export async function expectAppError(
  promise: Promise<unknown>,
  code: ErrorCode,
  message?: string | RegExp,
): Promise<AppError> {
  const error = await rejection(promise);
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else if (message) expect(error.message).toMatch(message);
  return error;
}
