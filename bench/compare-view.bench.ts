// Comparison view benchmark, driven by Playwright in browser mode. Run with
// `npx tsx bench/compare-view.bench.ts` (builds the renderer first when dist/ lacks it).
// 1. Click a story of 10 versions × ~2,000 words → matrix painted: cold (nothing cached: the
//    engine runs in the Web Worker) and warm (the comparison comes from the library's cache).
// 2. Scroll a 20,000-word pair from top to bottom and report long tasks (> 50 ms) seen.
// Stories are generated from our own words with a seeded PRNG, imported through the API.
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../tests/e2e/support/server';
import { prng } from './support/prng';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = { cold: 500, warm: 150, longTask: 100 };

const VOCAB = (
  'council budget river harbor school bridge mayor police report audit water tax rail plan ' +
  'vote court judge trial witness shares market price fuel grain export factory union strike ' +
  'wage contract hospital nurse patient clinic storm flood drought farmers officials residents ' +
  'the a of to in on for with by from after before under over and or but that which who'
).split(' ');
const SPEAKERS = ['Mayor Ines Alvarez', 'Judge Tomas Okafor', 'the auditor', 'a union official'];

function paragraphs(rnd: () => number, words: number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const len = 25 + Math.floor(rnd() * 30);
    const w = Array.from({ length: len }, () => pick(VOCAB));
    let t = `${w.join(' ')}.`;
    if (rnd() < 0.3) t = `“${t}” ${pick(SPEAKERS)} said.`;
    out.push(t.charAt(0).toUpperCase() + t.slice(1));
    n += len;
  }
  return out;
}

function reprint(base: string[], rnd: () => number): string {
  const ps = [...base];
  for (let e = 0; e < 10; e++) {
    const i = Math.floor(rnd() * ps.length);
    const r = rnd();
    if (r < 0.25) ps.splice(i, 1);
    else if (r < 0.4) ps.splice(Math.floor(rnd() * ps.length), 0, ...ps.splice(i, 1));
    else ps[i] = (ps[i] ?? '').replace(/\b(\w+) (\w+)\b/, (_m, a: string) => `${a} harbor`);
  }
  return ps.join('\n\n');
}

async function invoke(server: RunningServer, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${server.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-retold-token': server.token },
    body: JSON.stringify({ method, input }),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

async function importStory(server: RunningServer, title: string, texts: string[]): Promise<void> {
  let storyId: number | null = null;
  for (const [i, text] of texts.entries()) {
    const target = storyId === null ? { newStoryTitle: title } : { storyId };
    const meta = {
      outlet: `Outlet ${i + 1}`,
      published: `2024-03-${String(10 + i).padStart(2, '0')}`,
    };
    const r = (await invoke(server, 'versions.import', {
      target,
      item: { kind: 'paste', text, meta },
    })) as { version: { storyId: number } };
    storyId = r.version.storyId;
  }
}

// In-page code is kept as plain JavaScript strings: tsx compiles functions with keepNames,
// whose __name() helper does not exist in the page.
const CLICK_TO_MATRIX = `async (t) => {
  const btn = [...document.querySelectorAll('nav button')].find((b) => b.textContent.startsWith(t));
  if (!btn) throw new Error('no story ' + t);
  const t0 = performance.now();
  btn.click();
  await new Promise((done) => {
    const check = () => {
      const m = document.querySelector('section.compare-matrix tbody tr');
      const h = document.querySelector('h1.story-title')?.textContent;
      if (m && h === t) requestAnimationFrame(() => setTimeout(done, 0));
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - t0;
}`;

const SCROLL_PAIR = `async () => {
  const longTasks = [];
  const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
  obs.observe({ type: 'longtask' });
  const el = document.querySelector('.pair-scroll');
  const t0 = performance.now();
  let frames = 0;
  await new Promise((done) => {
    const step = () => {
      el.scrollTop += 120;
      frames++;
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2 || frames > 5000) done();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  await new Promise((r) => setTimeout(r, 100));
  obs.disconnect();
  return { ms: performance.now() - t0, frames, longTasks, rows: document.querySelectorAll('.pair-row').length };
}`;

/** Clicks a story in the sidebar and resolves when the matrix has been painted. */
function clickToMatrix(page: Page, title: string): Promise<number> {
  return page.evaluate(`(${CLICK_TO_MATRIX})(${JSON.stringify(title)})`) as Promise<number>;
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    spawnSync(process.execPath, ['scripts/build.mjs', '--renderer'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const stories = ['Bench A', 'Bench B', 'Bench C'];
    for (const [s, title] of stories.entries()) {
      const rnd = prng(20240611 + s);
      const base = paragraphs(rnd, 2000);
      await importStory(server, title, [
        base.join('\n\n'),
        ...Array.from({ length: 9 }, () => reprint(base, rnd)),
      ]);
    }
    const rnd = prng(7);
    const long = paragraphs(rnd, 20_000);
    await importStory(server, 'Bench long pair', [long.join('\n\n'), reprint(long, rnd)]);

    const page = await (
      await browser.newContext({ viewport: { width: 1440, height: 900 } })
    ).newPage();
    await page.goto(server.url);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByRole('tab', { name: 'Overview' }).waitFor();
    await page.getByRole('tab', { name: 'Matrix' }).click(); // remembered for the next stories

    const cold: number[] = [];
    for (const title of stories) cold.push(await clickToMatrix(page, title));
    const warm: number[] = [];
    for (let i = 0; i < 6; i++) warm.push(await clickToMatrix(page, stories[i % 3] as string));

    const phases = (await page.evaluate(
      `performance.getEntriesByType('measure').filter((m) => m.name.startsWith('retold:')).map((m) => [m.name, m.duration])`,
    )) as [string, number][];
    const phase = (n: string): string =>
      phases
        .filter(([m]) => m === `retold:${n}`)
        .map(([, d]) => d.toFixed(0))
        .join(', ');
    console.log('Story of 10 versions × ~2,000 words: click → matrix painted');
    console.log(
      `  cold (engine in the worker): ${cold.map((x) => x.toFixed(0)).join(', ')} ms; median ${median(cold).toFixed(0)} ms (target < ${TARGET.cold})`,
    );
    console.log(
      `  warm (from the library cache): ${warm.map((x) => x.toFixed(0)).join(', ')} ms; median ${median(warm).toFixed(0)} ms (target < ${TARGET.warm})`,
    );

    console.log(`  phases, every comparison this session (ms): cache look-up ${phase('cache')}`);
    console.log(`    fetch texts ${phase('texts')}; engine in the worker ${phase('engine')}`);

    await clickToMatrix(page, 'Bench long pair');
    await page.getByRole('tab', { name: 'Pair' }).click();
    await page.locator('.pair-row').first().waitFor();
    const scroll = (await page.evaluate(`(${SCROLL_PAIR})()`)) as {
      ms: number;
      frames: number;
      longTasks: number[];
      rows: number;
    };
    const worst = Math.max(0, ...scroll.longTasks);
    console.log('\nScrolling a 20,000-word pair top to bottom (120 px per frame)');
    console.log(
      `  ${scroll.frames} frames in ${scroll.ms.toFixed(0)} ms (${((1000 * scroll.frames) / scroll.ms).toFixed(0)} fps); rows in the DOM at the end: ${scroll.rows}`,
    );
    console.log(
      `  long tasks: ${scroll.longTasks.length}, longest ${worst.toFixed(0)} ms (target: none over ${TARGET.longTask} ms)`,
    );
  } finally {
    await browser.close();
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  }
}

await main();
