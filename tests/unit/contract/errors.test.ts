// isAppError (contract/errors.ts) recognises an AppError made by another copy of the module, as
// when tsx loads a dynamically imported CLI command's dependencies a second time.
import { describe, expect, it, vi } from 'vitest';
import { AppError, isAppError } from '../../../contract/errors';

describe('isAppError', () => {
  it('recognises an AppError from a second load of the module, where instanceof fails', async () => {
    vi.resetModules();
    const other = await import('../../../contract/errors');
    const foreign: unknown = new other.AppError('bad_input', 'Name at least one file.');
    expect(other.AppError).not.toBe(AppError);
    expect(foreign instanceof AppError).toBe(false);
    expect(isAppError(foreign)).toBe(true);
    expect(isAppError(new AppError('empty', 'Nothing here.'))).toBe(true);
  });

  it('refuses other errors, including one that only copies the name and code', () => {
    const lookalike = Object.assign(new Error('x'), { name: 'AppError', code: 'bad_input' });
    expect(isAppError(lookalike)).toBe(false);
    expect(isAppError(new TypeError('boom'))).toBe(false);
    expect(isAppError({ code: 'bad_input', message: 'plain data' })).toBe(false);
  });
});
