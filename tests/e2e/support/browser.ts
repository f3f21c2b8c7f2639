/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (never a
 * downloaded browser). Every test gets its own context, so its own IndexedDB and localStorage,
 * and a watch that fails it on console errors, page errors or any request off the page's origin,
 * from any of its pages or its service worker.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { WAIT_MS } from './timeouts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Chromium's flags for every browser test (a test that starts Chromium itself adds its own). */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const baseURL = () => inject('baseURL');

/** Launches one browser for the test file and closes it afterwards. */
export function launchBrowserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser has not started');
    return browser;
  };
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and requests to other origins seen so far. */
  problems: string[];
  /** Fails the test if anything went wrong in the page; call at the end of every test. */
  expectNoProblems: () => void;
}

/** A fresh context and page at `route` (a hash route such as `/om`), watched for problems. */
export async function openApp(
  browser: Browser,
  route = '/',
  options: {
    viewport?: { width: number; height: number };
    beforeLoad?: (page: Page) => void;
    /** The app's address if not the shared preview server's, e.g. a sub-path served by the test. */
    base?: string;
    /**
     * 'allow' lets the app's service worker run (offline.test.ts, subpath.test.ts). Blocked by
     * default: `page.route` cannot intercept what a service worker fetches, so tests that inject
     * faults with it need the page to fetch for itself, and a first visit measures the same.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<AppPage> {
  const base = options.base ?? baseURL();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  // Every wait and action of this context's pages (a second tab too) allows for a loaded machine.
  context.setDefaultTimeout(WAIT_MS);
  context.setDefaultNavigationTimeout(WAIT_MS);
  const page = await context.newPage();
  const origin = new URL(base).origin;
  const problems: string[] = [];
  // Watched on the context, so every page a test opens (a second tab) is covered, and requests
  // made by the service worker (precaching, questionnaires) as well as by the pages.
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  options.beforeLoad?.(page);
  await page.goto(`${base}#${route}`, { waitUntil: 'networkidle' });
  return {
    page,
    context,
    problems,
    expectNoProblems: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}
