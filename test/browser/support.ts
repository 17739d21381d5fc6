/**
 * Browser tests in Debian's Chromium driven by playwright-core (`npx playwright install` cannot download
 * here; CI installs the `chromium` package). The server runs in this process on an ephemeral port over
 * a temporary SQLite store holding the sample corpus. Screenshots go to artifacts/screenshots/
 * (gitignored), at 1280×800 and 390×844.
 */
import { after, before } from 'node:test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/data/paths.js';
import { buildApp } from '../../src/server/build-app.js';
import { webUiPlugin } from '../../src/server/routes/web-ui.js';
import { loadSampleCorpus } from '../../src/server/sample-corpus.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * The page's globals, for code run inside `page.evaluate` (this program is compiled without the DOM
 * library, which must not leak into the Node code): `const { document } = globalThis as unknown as PageGlobals`.
 */
export type PageGlobals = { document: any; getComputedStyle(element: unknown): any; location: { hash: string }; __pwned?: number };

/**
 * A reason to skip, or false when the browser is there. CI sets NEWSLENS_REQUIRE_BROWSER=1 after
 * installing Chromium, so that there a missing browser fails the tests instead of skipping them.
 */
export const SKIP_BROWSER: string | false =
  existsSync(CHROMIUM) || process.env.NEWSLENS_REQUIRE_BROWSER === '1'
    ? false
    : `no Chromium at ${CHROMIUM}: browser tests skipped (install it with \`apt-get install -y chromium\`; CI does)`;

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export const SCREENSHOTS = join(PACKAGE_ROOT, 'artifacts', 'screenshots');
export const WIDE = { width: 1280, height: 800 };
export const NARROW = { width: 390, height: 844 };
export const TOKEN = 'browser-test-token-0123456789';

export interface Harness {
  base: string;
  /** When the server started listening (Date.now()). */
  listenedAt: number;
  store: Store;
  app: FastifyInstance;
  browser: Browser;
  /** Requests that left this server (there must be none), and errors the pages logged. */
  foreign: string[];
  errors: string[];
  page(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the server and the browser. */
/**
 * One harness for a test file: started before its tests (not where the browser is missing), closed
 * after them; call the returned function inside a test to get it.
 */
export function useHarness(): () => Harness {
  let harness: Harness | undefined;
  before(async () => {
    if (!SKIP_BROWSER) harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });
  return () => harness!;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-browser-'));
  const store = await openStore(`sqlite:${join(dir, 'ui.db')}`);
  await loadSampleCorpus(store);
  // As `newslens serve` does: the analysis worker starts and warms up as soon as the server listens.
  const app = await buildApp({ store, token: TOKEN, warmUp: true, plugins: [webUiPlugin({ store })] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const listenedAt = Date.now();
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error(`expected a TCP address, found ${String(address)}`);
  const base = `http://127.0.0.1:${address.port}`;
  // Playwright gives every launch a fresh temporary profile (its own --user-data-dir).
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const foreign: string[] = [];
  const errors: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    base, listenedAt, store, app, browser, foreign, errors,
    async page(viewport = WIDE) {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      contexts.push(context);
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(`${base}/`) && !url.startsWith('data:')) foreign.push(url);
      });
      const page = await context.newPage();
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      page.on('pageerror', (error) => { errors.push(error.message); });
      page.setDefaultTimeout(30_000);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the server's analysis worker has warmed up (GET /healthz says `analysis: "ready"`) and
 * returns how long that took from the call.
 */
export async function analysisReady(base: string, limitMs = 60_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { analysis?: string };
    if (health.analysis === 'ready') return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the analysis worker was not ready within ${limitMs} ms`);
}

/** Screenshots the page at its viewport, then at the narrow one, then restores it. */
export async function shoot(page: Page, name: string): Promise<string[]> {
  const wide = page.viewportSize() ?? WIDE;
  const paths = [join(SCREENSHOTS, `${name}-${wide.width}x${wide.height}.png`), join(SCREENSHOTS, `${name}-${NARROW.width}x${NARROW.height}.png`)];
  await page.screenshot({ path: paths[0]! });
  await page.setViewportSize(NARROW);
  await page.waitForTimeout(150);
  await page.screenshot({ path: paths[1]! });
  await page.setViewportSize(wide);
  return paths;
}

/** Goes to a view and waits until it has rendered. */
export async function open(page: Page, base: string, route: string, ready: string): Promise<void> {
  await page.goto(`${base}/${route}`);
  await page.waitForSelector(`body[data-ready="${ready}"]`);
}

/**
 * A typical news article is 500-800 words; the two plain-text example articles of examples/ together
 * are about that long (a paste of two stories, headline of the first on top).
 */
export const TYPICAL_ARTICLE = ['donetsk-market-shelling.txt', 'kharkiv-missile-strike.txt'].map((name) => readFileSync(join(PACKAGE_ROOT, 'examples', name), 'utf8').trim()).join('\n\n');

/** Pastes and analyses; returns the milliseconds from the click to the painted result, as the caller saw them. */
export async function analyse(page: Page, text: string, meta: { title?: string; publishedAt?: string } = {}): Promise<number> {
  await page.getByLabel('Article text', { exact: true }).fill(text);
  if (meta.title) await page.getByLabel('Title', { exact: true }).fill(meta.title);
  if (meta.publishedAt) await page.getByLabel(/^Published/).fill(meta.publishedAt);
  const started = Date.now();
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.waitForSelector('.result[data-painted-ms] .article-text');
  await page.waitForSelector('.status:has-text("Analysed in")');
  return Date.now() - started;
}

/** The page's own figures for the last analysis: the answer, the DOM built, the first frame painted (ms from submit). */
export async function pageTimes(page: Page): Promise<{ fetch: number; dom: number; painted: number }> {
  const result = page.locator('.result');
  const [fetch, dom, painted] = await Promise.all(['data-fetch-ms', 'data-ms', 'data-painted-ms'].map(async (name) => Number(await result.getAttribute(name))));
  return { fetch: fetch!, dom: dom!, painted: painted! };
}
