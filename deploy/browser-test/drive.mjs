// Serves the page from its own origin (http://localhost:5173, an allowed front-end origin) and from one the services
// do not allow (http://127.0.0.1:5174), then drives Debian's Chromium with playwright-core:
//  - on the allowed origin the page walks a case through the ten steps (page/walk.js) and every check must pass;
//  - on the other origin the browser's preflight must be refused, so the script cannot read the API at all.
// Leaves a screenshot of each page under target/. Exit status 0 only if everything held.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const here = new URL('.', import.meta.url).pathname;
const config = JSON.parse(await readFile(process.argv[2], 'utf8'));
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

function serve(port, host) {
  const server = createServer(async (request, response) => {
    const name = new URL(request.url, 'http://page').pathname.replace(/^\/$/, '/index.html');
    try {
      const body = name === '/config.json' ? JSON.stringify(config) : await readFile(join(here, 'page', name));
      response.writeHead(200, { 'Content-Type': types[extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise(resolve => server.listen(port, host, () => resolve(server)));
}

const allowed = await serve(5173, 'localhost');
const stranger = await serve(5174, '127.0.0.1');
await mkdir(join(here, 'target'), { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
let failed = false;
try {
  const page = await browser.newPage();
  page.on('console', message => console.log(`    [page] ${message.text()}`));
  await page.goto('http://localhost:5173/');
  await page.waitForSelector('body[data-done]', { timeout: 240_000 });
  for (const item of await page.$$eval('#steps li', items => items.map(li => [li.dataset.ok, li.textContent]))) {
    console.log(`  ${item[0] === 'true' ? 'ok  ' : 'FAIL'} ${item[1]}`);
  }
  console.log(`  ${await page.textContent('#outcome')}`);
  failed ||= (await page.getAttribute('body', 'data-done')) !== 'ok';
  await page.screenshot({ path: join(here, 'target', 'walk-through.png'), fullPage: true });

  const other = await browser.newPage();
  await other.goto('http://127.0.0.1:5174/config.json');
  const refused = await other.evaluate(async ({ url, token }) => {
    try {
      await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  }, { url: `${config.services.request}/api/v1/cases`, token: config.tokens.auditor });
  console.log(`  ${refused ? 'ok  ' : 'FAIL'} a page on http://127.0.0.1:5174 (not an allowed origin) cannot call the API`);
  failed ||= !refused;
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await browser.close();
  allowed.close();
  stranger.close();
}
process.exit(failed ? 1 : 0);
