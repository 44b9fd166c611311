// What keeps the window usable whatever the engine does with a story: a size guard asked
// before a very large comparison, a time limit after which the worker is terminated, and a
// record of comparisons in progress so that a story whose comparison crashed the tab is not
// compared again, unasked, when the app reopens it on the next start.

/** The renderer's limits on one comparison; every number the UI applies is here. */
export const COMPARE_LIMITS = {
  /**
   * Time limit for one comparison in the worker. The engine's own target is under 5 s for any
   * text up to the 20 MB import limit; four times that means something is wrong, and the
   * person is offered to go on without a limit or with a quick comparison.
   */
  timeoutMs: 20_000,
  /**
   * Total text of a story (in characters, about bytes for Latin text) above which we ask
   * before comparing: 2 MB is some 300,000 words, hundreds of long articles.
   */
  sizeGuardChars: 2_000_000,
  /** Show the Cancel button only after this long, so fast comparisons do not flash it. */
  cancelDelayMs: 400,
  /**
   * Workers that may run at once. Superseded requests are cancelled, so the UI rarely has
   * more than one running; the cap only bounds memory if several are started together.
   */
  maxWorkers: 3,
  /** Idle workers kept warm for the next request (starting a worker costs ~50 ms). */
  idleWorkers: 1,
} as const;

/**
 * The quick ("coarse") comparison offered when the full one runs too long: tight engine
 * limits, and no attribution or quote analysis, whose pairing is the costly part on long
 * repetitive texts. The result says it is quick, and the engine marks limits it hit.
 */
export const QUICK_OPTIONS = {
  limits: { maxEditLength: 200, maxCandidatesPerSentence: 4 },
  sources: false,
} as const;

/** Test hook (set only by the end-to-end tests): a slow engine, and a shorter time limit. */
export interface SlowCompareHook {
  /** Keep the worker busy this long before comparing. */
  delayMs?: number;
  /** Only when some version's text contains this string. */
  match?: string;
  /** Replaces COMPARE_LIMITS.timeoutMs. */
  timeoutMs?: number;
  /** Replaces COMPARE_LIMITS.sizeGuardChars. */
  sizeGuardChars?: number;
}

const HOOK_KEY = 'retold.test.slowCompare';

/** The test hook, read at each request so a test can change it between requests. */
export function slowCompareHook(): SlowCompareHook {
  try {
    const raw = localStorage.getItem(HOOK_KEY);
    const v: unknown = raw ? JSON.parse(raw) : null;
    return v && typeof v === 'object' ? (v as SlowCompareHook) : {};
  } catch {
    return {};
  }
}

// Comparisons in progress, per story: { [storyId]: signature hash }. Set before the worker
// starts and cleared when it ends, or when the page goes away normally ("pagehide"). A crash
// of the tab skips both, so a record left from an earlier page means that comparison never
// finished. localStorage rather than sessionStorage: it also survives restarting Electron.
const RUNNING_KEY = 'retold.comparing';
const mine = new Map<number, string>();

/** A short, stable digest of a story's comparison signature (FNV-1a). */
export function signatureHash(signature: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < signature.length; i++) {
    h ^= signature.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

function readRunning(): Record<string, string> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(RUNNING_KEY) ?? '{}');
    return v && typeof v === 'object' ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function writeRunning(all: Record<string, string>): void {
  try {
    if (Object.keys(all).length === 0) localStorage.removeItem(RUNNING_KEY);
    else localStorage.setItem(RUNNING_KEY, JSON.stringify(all));
  } catch {
    // storage unavailable: there is then no crash-loop protection, only the time limit
  }
}

/** Records that this page starts comparing a story. */
export function markRunning(storyId: number, hash: string): void {
  mine.set(storyId, hash);
  writeRunning({ ...readRunning(), [storyId]: hash });
}

/** Records that this page's comparison of a story ended, however it ended. */
export function markEnded(storyId: number): void {
  if (!mine.delete(storyId)) return;
  const all = readRunning();
  delete all[storyId];
  writeRunning(all);
}

/** True when an earlier page started comparing this very story and never finished. */
export function unfinishedEarlier(storyId: number, hash: string): boolean {
  return !mine.has(storyId) && readRunning()[storyId] === hash;
}

// A normal unload or reload is not a crash: clear this page's records on the way out.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    for (const id of [...mine.keys()]) markEnded(id);
  });
}
