import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { projectPath, projectRoot } from '../support/project.js';
import { startStaticServer } from '../support/static-server.js';

// Screenshots for a person to look at; git ignores the folder.
const ARTIFACTS = projectPath('artifacts');

/** The titles of the search results for `query`, typed into the search box of a freshly opened front page. */
async function search(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/index.html`);
  await page.click('#tsd-search-trigger');
  await page.fill('#tsd-search-input', query);
  await page.waitForSelector('#tsd-search-results li');
  return page.$$eval('#tsd-search-results li', (items) => items.map((item) => item.textContent?.trim() ?? ''));
}

describe('the API docs site in a real browser (headless Chromium)', function () {
  this.timeout(180_000);
  let out: string;
  let site: { origin: string; close(): Promise<void> };
  let chromium: { browser: Browser; close(): Promise<void> };
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'cos-errors-site-'));
    const typedoc = spawnSync(process.execPath, [projectPath('node_modules/typedoc/bin/typedoc'), '--out', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(typedoc.status, `${typedoc.stdout}${typedoc.stderr}`).to.equal(0);
    site = await startStaticServer((path) => {
      const file = normalize(join(out, path.endsWith('/') ? `${path}index.html` : path));
      return file.startsWith(out) && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Every file a page asks for is there (the browser's own request for a favicon aside).
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
    });
  });

  after(async () => {
    await chromium?.close();
    await site?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('opens on the README, with the sidebar in groups: guides, base classes, factories, helpers, service errors', async () => {
    await page.goto(`${site.origin}/index.html`);
    await page.waitForSelector('.tsd-navigation details');
    expect(await page.textContent('h1')).to.include('qcloud-cos-errors');
    const groups = await page.$$eval('.site-menu .tsd-navigation > ul > li > details > summary', (items) =>
      items.map((item) => item.textContent?.trim() ?? ''),
    );
    expect(groups.slice(0, 5)).to.deep.equal(['Guides', 'Base classes', 'Factories and adapters', 'Helpers', 'Service errors']);
    await page.screenshot({ path: join(ARTIFACTS, 'docs-front-page.png'), fullPage: false });
  });

  it('finds getErrorCode, and the porting guide, when searched for get_error_code', async () => {
    const titles = await search(page, site.origin, 'get_error_code');
    expect(titles.some((title) => /getErrorCode/.test(title))).to.equal(true);
    expect(titles.some((title) => /Porting from the Python SDK/.test(title))).to.equal(true);
    // A member is found where it is declared, not once per code class that inherits it.
    expect(titles.filter((title) => /getErrorCode/.test(title))).to.have.length(1);
  });

  it('finds NoSuchKeyError first when searched for NoSuchKey', async () => {
    const titles = await search(page, site.origin, 'NoSuchKey');
    expect(titles[0]).to.equal('NoSuchKeyError');
  });

  it('finds NoSuchResourceError and isNotFound when searched for head, the request a 404 without a body answers', async () => {
    const titles = await search(page, site.origin, 'head');
    expect(titles).to.include.members(['NoSuchResourceError', 'isNotFound']);
  });

  it('leads through Service errors and HTTP 404 to the NoSuchKeyError page: its facts and how to catch it', async () => {
    await page.goto(`${site.origin}/index.html`);
    const sidebar = page.locator('.site-menu .tsd-navigation');
    await sidebar.locator('summary', { hasText: 'Service errors' }).click();
    await sidebar.locator('summary', { hasText: 'HTTP 404' }).click();
    await sidebar.locator('details:has(> summary[data-key$="HTTP 404"]) a[href$="classes/NoSuchKeyError.html"]').click();
    await page.waitForURL(/classes\/NoSuchKeyError\.html$/);
    const text = (await page.textContent('.col-content')) ?? '';
    expect(text).to.include('The specified object key does not exist.');
    expect(text).to.include('COS error code NoSuchKey, HTTP 404.');
    expect(text).to.include('Retrying the same request will not succeed.');
    expect(text).to.include('if (error instanceof NoSuchKeyError)');
    expect(text).to.include('getErrorCode');
    // Node's statics and the package's plumbing stay off the page.
    for (const foreign of ['captureStackTrace', 'prepareStackTrace', 'stackTraceLimit', '[hasInstance]', 'inspect.custom'])
      expect(text).not.to.include(foreign);
    await page.screenshot({ path: join(ARTIFACTS, 'docs-NoSuchKeyError.png'), fullPage: false });
  });

  it('shows the guides as pages of the site', async () => {
    await page.goto(`${site.origin}/index.html`);
    const sidebar = page.locator('.site-menu .tsd-navigation');
    await sidebar.locator('summary', { hasText: 'Guides' }).click();
    await sidebar.locator('a', { hasText: 'How a response becomes an error' }).click();
    await page.waitForURL(/documents\/How_a_response_becomes_an_error\.html$/);
    const text = (await page.textContent('.col-content')) ?? '';
    expect(text).to.include('NoSuchResource');
    expect(text).to.include('x-cos-error-code');
    expect(problems).to.deep.equal([]);
  });
});
