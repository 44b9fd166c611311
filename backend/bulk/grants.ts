// Folder grants: how the desktop app's renderer imports a folder without naming a path. The
// renderer must not name files for the backend to read (a page that went wrong could read
// anything the user can: backend/bulk/handlers.ts), so the folder is chosen in the main
// process's native dialog (`dialog.openFolder`), and the renderer gets an opaque token for that
// one choice. `imports.start` redeems it for the path. A token is 128 random bits, is good
// once, for GRANTS.ttlMs, in the backend that issued it; at most GRANTS.max are held, the
// oldest dropped first. So the renderer can start an import of exactly what the person chose in
// a dialog it cannot open or fill in itself, and nothing else.
import { randomBytes } from 'node:crypto';
import { AppError } from '../../contract/errors';

/** Limits of folder grants. */
export const GRANTS = {
  /** How long a grant can be redeemed after the dialog (the person may set a story first). */
  ttlMs: 15 * 60_000,
  /** Grants held at once; more dialogs than this without an import drop the oldest. */
  max: 20,
  /** Random bytes in a token (hex: twice as many characters). */
  tokenBytes: 16,
} as const;

/** A token's shape (hex), as the contract checks it. */
export const GRANT_PATTERN = /^[0-9a-f]{32}$/;

/** Issued grants of one backend. */
export class FolderGrants {
  private readonly held = new Map<string, { path: string; issuedAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new token for `path`, chosen by the person in the native dialog. */
  issue(path: string): string {
    const token = randomBytes(GRANTS.tokenBytes).toString('hex');
    this.held.set(token, { path, issuedAt: this.now() });
    while (this.held.size > GRANTS.max) {
      const oldest = this.held.keys().next().value;
      if (oldest === undefined) break;
      this.held.delete(oldest);
    }
    return token;
  }

  /** The path of a grant, which is used up; throws AppError when unknown, used or expired. */
  redeem(token: string): string {
    const grant = this.held.get(token);
    this.held.delete(token);
    if (!grant || this.now() - grant.issuedAt > GRANTS.ttlMs) {
      throw new AppError(
        'bad_input',
        'This folder choice has expired or was already used: choose the folder again.',
      );
    }
    return grant.path;
  }
}
