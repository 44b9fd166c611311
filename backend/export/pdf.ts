// The PDF of the HTML report, printed by Chromium through Playwright (the CLI's `--format
// pdf`; the desktop app will use Electron's printToPDF and browser mode the browser's print,
// with the same report). Playwright is a development dependency and Chromium a system program,
// so either may be missing: then the error says how to get the PDF another way. The page runs
// with JavaScript off and every request refused, on top of the report's own CSP.
import { existsSync } from 'node:fs';
import { AppError } from '../../contract/errors';

/** Where to look for Chromium, first match wins. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p) && existsSync(p as string)) ?? null;
}

/** What to do when no PDF can be printed here. */
export const PDF_HELP =
  'Export the HTML report instead (--format html), open it in a browser and print it to PDF; ' +
  'or install Chromium (or set CHROMIUM_PATH to a Chromium or Chrome program) and try again.';

type Launcher = typeof import('playwright-core').chromium;

async function loadChromium(): Promise<Launcher> {
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    throw new AppError(
      'unsupported',
      `Playwright is not installed, so no PDF can be printed here. ${PDF_HELP}`,
    );
  }
}

/** Prints an HTML document to an A4 PDF; throws AppError('unsupported') when it cannot. */
export async function htmlToPdf(
  html: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Buffer> {
  const executablePath = chromiumPath(env);
  if (!executablePath) throw new AppError('unsupported', `Chromium was not found. ${PDF_HELP}`);
  const chromium = await loadChromium();
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  } catch {
    throw new AppError(
      'unsupported',
      `Chromium (${executablePath}) could not be started. ${PDF_HELP}`,
    );
  }
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
