// The app arrives in pieces: the first visit downloads the frame, the welcome view and step 1;
// every other step's code comes when the user heads there. These tests walk the steps on a cold
// cache (each piece loads once), offline after one visit (every piece was kept), and with a piece
// blocked (the step says so, offers a retry, and nothing typed is lost).
import { test as plainTest, type Page, type Request } from '@playwright/test';
import { test, expect, openApp, screenshot, watchConsole } from './fixtures';

const STEPS = ['personas', 'voice', 'goals', 'team', 'content', 'handbook'] as const;

/** The name of the piece a wasm request fetches (`step_voice-0123abcd.wasm` → `step_voice`). */
function pieceOf(request: Request): string | null {
  const match = /\/([a-z_0-9]+)-[0-9a-f]{16}\.wasm$/.exec(new URL(request.url()).pathname);
  return match ? match[1] : null;
}

/** Records the pieces `page` fetches, in order. */
function watchPieces(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const piece = pieceOf(request);
    if (piece) seen.push(piece);
  });
  return seen;
}

/** Goes to `step` by its link in the step rail and waits until its editor is there. */
async function goTo(page: Page, step: string): Promise<void> {
  await page.locator(`.step-rail a[href="#/${step}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#/${step}$`));
  await expect(page.locator('.piece-loading')).toHaveCount(0);
  await expect(page.locator('.piece-failed')).toHaveCount(0);
  await expect(page.locator('#step-title')).toBeVisible();
}

/** Waits until a service worker controls `page` and its cache holds the whole site, the last
 * step's piece included. */
async function waitUntilKeptOffline(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker?.controller) return false;
          const keys = (await caches.keys()).filter((k) => k.startsWith('social-playbook-'));
          if (keys.length !== 1) return false;
          const files = await (await caches.open(keys[0])).keys();
          return files.some((r) => /\/step_handbook-[0-9a-f]{16}\.wasm$/.test(r.url));
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

test('a first visit downloads no step beyond the first two, and each step brings its own piece', async ({ page }) => {
  const pieces = watchPieces(page);
  await page.goto('./');
  await page.getByRole('button', { name: /Start the plan|开始制定/ }).click();
  await expect(page.locator('#step-title')).toBeVisible();
  // Step 1 is in the first download; the next step is fetched ahead, nothing further.
  for (const later of STEPS.slice(2)) expect(pieces, `${later} is not fetched up front`).not.toContain(`step_${later}`);

  for (const step of STEPS) {
    await goTo(page, step);
    expect(pieces, `step ${step} brought its piece`).toContain(`step_${step}`);
  }
  // Each piece came once, however often the steps were visited.
  await goTo(page, 'voice');
  await goTo(page, 'strategy');
  for (const step of STEPS) expect(pieces.filter((p) => p === `step_${step}`).length, step).toBe(1);
  // The later steps' words and checks came as pieces of their own, once each: every step shows
  // its words, and the rail a progress ring for each of the six steps.
  const late = pieces.filter((p) => /^texts_(en|zh)_late$/.test(p));
  expect(late, 'the late half of the texts came once').toHaveLength(1);
  expect(pieces.filter((p) => p === 'checks'), 'the checks of later steps came once').toHaveLength(1);
  await expect(page.locator('.step-rail__ring')).toHaveCount(6);
  await goTo(page, 'personas');
  await expect(page.getByRole('button', { name: /Add a persona|添加画像/ }).first()).toBeVisible();
});

test('after one visit every step opens with no network', async ({ page, context }) => {
  await openApp(page, '#/strategy');
  await waitUntilKeptOffline(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible();
  for (const step of STEPS) await goTo(page, step);
  await context.setOffline(false);
});

// (a plain test: the blocked download is logged by the browser as an error, which is expected here)
plainTest('a step whose piece cannot be downloaded says so, retries, and keeps what was typed', async ({ page }) => {
  const errors = watchConsole(page);
  await page.route(/\/step_voice-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await openApp(page, '#/strategy');
  const vision = page.getByLabel(/Long-term vision|长期愿景/);
  await vision.fill('Typed before the connection dropped.');

  await page.locator('.step-rail a[href="#/voice"]').click();
  const failed = page.locator('.piece-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText(/could not be downloaded/);
  await screenshot(page, 'piece-failed', { fullPage: false });

  // The connection is back: the retry brings the step.
  await page.unroute(/\/step_voice-[0-9a-f]{16}\.wasm$/);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.locator('#step-title')).toContainText(/voice/i);

  await goTo(page, 'strategy');
  await expect(vision).toHaveValue('Typed before the connection dropped.');
  // The only errors are the refused downloads; nothing in the app failed.
  for (const error of errors) expect(error).toMatch(/ERR_INTERNET_DISCONNECTED|Failed to fetch|step_voice/);
});
