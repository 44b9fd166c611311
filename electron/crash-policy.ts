// What to do when the window's renderer process is gone (crashed, killed, out of memory).
// The window goes blank, so we ask: reload, or quit. Never an automatic reload: a page that
// crashes on load would crash again at once, forever. A crash soon after a reload says that
// reloading did not help; the dialog says so and defaults to Quit, and after a few quick
// crashes only Quit is offered. The library is safe either way (every write is one
// transaction), and a comparison that was running when the window crashed is not restarted on
// reload: the renderer remembers it (renderer/src/compare/compare-limits.ts) and opens that
// story without comparing it.
//
// Pure (only `import type` from electron), so it is tested without Electron.
import type { RenderProcessGoneDetails } from 'electron';

/** Why the renderer is gone, as Electron reports it. */
export type GoneReason = RenderProcessGoneDetails['reason'];

export const CRASH_POLICY = {
  /** A crash this soon after the previous one counts as "again": the reload did not help. */
  repeatWindowMs: 60_000,
  /** Quick crashes in a row after which Reload is no longer offered. */
  maxQuickCrashes: 3,
} as const;

/** What a dialog button does. */
export type CrashAction = 'reload' | 'quit';

/** The dialog to show; `buttons[i]` does `actions[i]`. */
export interface CrashDialog {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  actions: CrashAction[];
  /** Index of the button that Enter presses. */
  defaultId: number;
  /** Index used when the dialog is dismissed (Escape, closing it). */
  cancelId: number;
}

/** One plain sentence per reason. */
function whatHappened(reason: GoneReason): string {
  switch (reason) {
    case 'oom':
      return 'Retold’s window ran out of memory and closed.';
    case 'killed':
      return 'Retold’s window was stopped by the system or by another program.';
    case 'memory-eviction':
      return 'The system closed Retold’s window to free memory.';
    case 'launch-failed':
      return 'Retold’s window could not start.';
    case 'integrity-failure':
      return 'Retold’s window could not start because its program files failed a code-integrity check.';
    case 'clean-exit':
      return 'Retold’s window closed unexpectedly.';
    default:
      return 'Retold’s window crashed.';
  }
}

/** Reasons where reloading cannot help: the renderer cannot even start. */
function cannotReload(reason: GoneReason): boolean {
  return reason === 'launch-failed' || reason === 'integrity-failure';
}

/** What the shell remembers between crashes of its window. */
export interface CrashHistory {
  /** Crashes in the current quick series (0 before the first). */
  streak: number;
  /** When the window was last reloaded after a crash (ms), or null. */
  lastReloadAt: number | null;
}

/** No crash yet. */
export const NO_CRASHES: CrashHistory = { streak: 0, lastReloadAt: null };

/**
 * The series length after a crash at `now`: one more when the window crashed within
 * `repeatWindowMs` of being reloaded after the previous crash, otherwise a new series of one.
 * Measured from the reload, not the previous crash, so time spent reading the dialog does not
 * count.
 */
export function crashStreak(history: CrashHistory, now: number): number {
  const { lastReloadAt } = history;
  const quick = lastReloadAt !== null && now - lastReloadAt <= CRASH_POLICY.repeatWindowMs;
  return quick ? history.streak + 1 : 1;
}

function quitOnly(message: string, detail: string): CrashDialog {
  return {
    title: 'Retold',
    message,
    detail,
    buttons: ['Quit'],
    actions: ['quit'],
    defaultId: 0,
    cancelId: 0,
  };
}

/** The dialog for a renderer gone for `reason`, the `streak`-th crash of a quick series. */
export function crashDialog(reason: GoneReason, streak: number): CrashDialog {
  const message = whatHappened(reason);
  if (cannotReload(reason)) {
    return quitOnly(
      message,
      'Reinstalling Retold usually fixes this. Your library is not affected.',
    );
  }
  if (streak >= CRASH_POLICY.maxQuickCrashes) {
    const detail = `It crashed ${streak} times in a row, so Retold will not reload it again. Your library is safe: start Retold again.`;
    return quitOnly(message, detail);
  }
  const safe =
    'Your library is safe, and a comparison that was running is not started again on its own.';
  if (streak > 1) {
    return {
      title: 'Retold',
      message,
      detail: `It crashed again soon after reloading. ${safe} Reload once more, or quit.`,
      buttons: ['Quit', 'Reload'],
      actions: ['quit', 'reload'],
      defaultId: 0,
      cancelId: 0,
    };
  }
  return {
    title: 'Retold',
    message,
    detail: `${safe} Reload the window to continue.`,
    buttons: ['Reload', 'Quit'],
    actions: ['reload', 'quit'],
    defaultId: 0,
    cancelId: 1,
  };
}
