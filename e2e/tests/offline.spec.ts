// Offline use, updates and the locked-down page: after one visit the app opens and keeps working
// with no network; a new version is picked up on the next load with a quiet notice; the
// Content-Security-Policy is in force and nothing in the app breaks it.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test as plainTest, type Page } from '@playwright/test';
import { test, expect, openApp, cspViolations, watchCsp, watchConsole } from './fixtures';
import { basePath } from '../playwright.config';

/** Waits until a service worker controls `page` and its cache holds the whole site. */
async function waitUntilKeptOffline(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker?.controller) return 0;
          const keys = (await caches.keys()).filter((k) => k.startsWith('social-playbook-'));
          return keys.length === 1 ? (await (await caches.open(keys[0])).keys()).length : 0;
        }),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(5);
}

/** Waits until the service worker of `build` has installed its whole cache and taken over. */
async function waitUntilActive(page: Page, build: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async (cache) => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (!registration || registration.installing || registration.waiting) return false;
          if (registration.active?.state !== 'activated') return false;
          return (await caches.keys()).includes(cache);
        }, `social-playbook-${build}`),
      { timeout: 30_000 },
    )
    .toBe(true);
}

// (a plain test: the refused script below is meant to log an error)
plainTest('the page carries a strict policy and a build id', async ({ page }) => {
  const errors = watchConsole(page);
  await watchCsp(page);
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/https?:/);
  await expect(page.locator('meta[name="social-playbook-build"]')).toHaveAttribute('content', /^[0-9a-f]{16}$/);
  // An inline script that is not the bootstrap is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  const violations = await cspViolations(page);
  expect(violations.length).toBe(1);
  expect(violations[0]).toContain('script-src');
  // The refusal is the only error the page logged.
  expect(errors.length).toBe(1);
  expect(errors[0]).toContain('Content Security Policy');
});

test('after one visit the app opens and saves with no network', async ({ page, context }) => {
  await openApp(page, '#/strategy');
  await waitUntilKeptOffline(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible();
  await page.goto('./#/voice');
  await expect(page.locator('#step-title')).toBeVisible();

  // Work done offline is kept: type into a field, reload with still no network, find it again.
  await page.goto('./#/strategy');
  const vision = page.getByLabel(/Long-term vision|长期愿景/);
  await vision.fill('Written on a train with no signal.');
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes('Written on a train with no signal.')),
  );
  await page.reload();
  await expect(vision).toHaveValue('Written on a train with no signal.');
  await context.setOffline(false);
});

/** Serves a copy of the built site from `dir` on `port` under the usual sub-path. */
function serveCopy(dir: string, port: number): ChildProcess {
  return spawn('python3', [path.join(__dirname, '..', '..', 'scripts', 'serve.py'), dir, '--port', String(port), '--prefix', basePath], {
    stdio: 'ignore',
  });
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

test('a new version is picked up on the next load with a quiet notice', async ({ page }) => {
  const dist = path.join(__dirname, '..', '..', 'dist');
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'social-playbook-site-'));
  fs.cpSync(dist, copy, { recursive: true });
  const port = Number(process.env.E2E_PORT ?? 4173) + 1;
  const server = serveCopy(copy, port);
  const url = `http://127.0.0.1:${port}${basePath}`;
  try {
    await waitForServer(url);
    await page.goto(`${url}#/strategy`);
    await expect(page.locator('#step-title')).toBeVisible();
    await waitUntilKeptOffline(page);
    const oldBuild = await page.locator('meta[name="social-playbook-build"]').getAttribute('content');
    expect(oldBuild).toBeTruthy();
    await expect(page.locator('.toast')).toHaveCount(0);

    // Publish "a new version": same files, a new build id in the page and the service worker.
    const newBuild = 'f'.repeat(16);
    for (const name of ['index.html', 'sw.js']) {
      const file = path.join(copy, name);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll(oldBuild!, newBuild));
    }

    // The next load still runs the cached version while the new one installs in the background
    // (the app asks for the check on every start, so it begins at once)…
    await page.reload();
    await expect(page.locator('#step-title')).toBeVisible();
    await expect(page.locator('meta[name="social-playbook-build"]')).toHaveAttribute('content', oldBuild!);
    await waitUntilActive(page, newBuild);
    // (the previous build's cache stays beside the new one, for pages opened before the update)
    expect(await page.evaluate(() => caches.keys())).toEqual([`social-playbook-${oldBuild}`, `social-playbook-${newBuild}`]);

    // …and the load after that runs the new version and says so, once.
    await page.reload();
    await expect(page.locator('meta[name="social-playbook-build"]')).toHaveAttribute('content', newBuild);
    await expect(page.getByRole('status').filter({ hasText: /new version|新版本/ })).toBeVisible();
    await page.reload();
    await expect(page.locator('#step-title')).toBeVisible();
    await expect(page.getByText(/new version|新版本/)).toHaveCount(0);
  } finally {
    server.kill();
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
