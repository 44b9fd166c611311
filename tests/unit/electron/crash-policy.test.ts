// The renderer-crash policy: always ask, never reload on our own, and stop offering a reload
// when reloading keeps ending in a crash.
import { describe, expect, it } from 'vitest';
import {
  CRASH_POLICY,
  crashDialog,
  crashStreak,
  NO_CRASHES,
  type CrashHistory,
  type GoneReason,
} from '../../../electron/crash-policy';

const SOON = CRASH_POLICY.repeatWindowMs - 1;
const LATER = CRASH_POLICY.repeatWindowMs + 1;

/** Replays crashes: `gaps[i]` is the time from the previous reload to crash i (the first from 0). */
function replay(gaps: number[]): number[] {
  let history: CrashHistory = NO_CRASHES;
  let now = 1_000_000;
  const streaks: number[] = [];
  for (const gap of gaps) {
    now += gap;
    const streak = crashStreak(history, now);
    streaks.push(streak);
    history = { streak, lastReloadAt: now + 5_000 }; // the person reads, then reloads
    now += 5_000;
  }
  return streaks;
}

describe('crash streak', () => {
  it('counts crashes that follow a reload quickly, and starts again after a quiet spell', () => {
    expect(replay([0])).toEqual([1]);
    expect(replay([0, SOON, SOON])).toEqual([1, 2, 3]);
    expect(replay([0, SOON, LATER, SOON])).toEqual([1, 2, 1, 2]);
  });

  it('measures from the reload, so time spent reading the dialog does not count', () => {
    const history: CrashHistory = { streak: 1, lastReloadAt: 10 * 60_000 };
    expect(crashStreak(history, 10 * 60_000 + SOON)).toBe(2);
  });
});

describe('crash dialog', () => {
  const actions = (reason: GoneReason, streak: number) => crashDialog(reason, streak).actions;

  it('first crash: Reload is the default, Escape quits', () => {
    const d = crashDialog('crashed', 1);
    expect(d.actions).toEqual(['reload', 'quit']);
    expect(d.actions[d.defaultId]).toBe('reload');
    expect(d.actions[d.cancelId]).toBe('quit');
    expect(d.message).toBe('Retold’s window crashed.');
    expect(d.detail).toMatch(/library is safe/);
  });

  it('a crash soon after reloading still offers Reload, but Quit is the default', () => {
    const d = crashDialog('crashed', 2);
    expect(d.actions[d.defaultId]).toBe('quit');
    expect(d.actions[d.cancelId]).toBe('quit');
    expect(d.actions).toContain('reload');
    expect(d.detail).toMatch(/again soon after reloading/);
  });

  it('after the limit of quick crashes, only Quit', () => {
    expect(actions('crashed', CRASH_POLICY.maxQuickCrashes)).toEqual(['quit']);
    expect(actions('oom', CRASH_POLICY.maxQuickCrashes + 4)).toEqual(['quit']);
  });

  it('a renderer that cannot start is not reloaded', () => {
    expect(actions('launch-failed', 1)).toEqual(['quit']);
    expect(actions('integrity-failure', 1)).toEqual(['quit']);
    expect(crashDialog('integrity-failure', 1).detail).toMatch(/Reinstalling/);
  });

  it('says what happened in plain words for every reason, and buttons match actions', () => {
    const reasons: GoneReason[] = [
      'clean-exit',
      'abnormal-exit',
      'killed',
      'crashed',
      'oom',
      'launch-failed',
      'integrity-failure',
      'memory-eviction',
    ];
    for (const reason of reasons) {
      for (const streak of [1, 2, CRASH_POLICY.maxQuickCrashes]) {
        const d = crashDialog(reason, streak);
        expect(d.message).toMatch(/Retold’s window .+\.$/);
        expect(d.buttons.length).toBe(d.actions.length);
        expect(d.buttons.map((b) => b.toLowerCase())).toEqual(d.actions);
        expect(d.defaultId).toBeLessThan(d.buttons.length);
        expect(d.cancelId).toBeLessThan(d.buttons.length);
      }
    }
    expect(crashDialog('oom', 1).message).toMatch(/out of memory/);
  });
});
