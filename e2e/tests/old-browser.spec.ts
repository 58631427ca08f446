// A browser without WebAssembly gets the first view's message naming browsers that will do, in
// its language, instead of a blank page or a spinner that never ends.
import { test, expect } from '@playwright/test';

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`no WebAssembly (${locale})`, () => {
    test.use({ locale });

    test('the first view says which browsers will do', async ({ page }) => {
      await page.addInitScript(() => {
        delete (globalThis as any).WebAssembly;
      });
      await page.goto('./');
      const message = page.locator('.first-view__unsupported:visible');
      await expect(message).toHaveCount(1);
      await expect(message).toContainText(locale === 'en-US' ? 'Chrome, Edge, Firefox or Safari' : 'Chrome、Edge、Firefox 或 Safari');
      await expect(message).toHaveAttribute('role', 'alert');
      // Only that message: no welcome view to click in vain, no retry that cannot help.
      await expect(page.locator('.first-view__welcome:visible')).toHaveCount(0);
      await expect(page.locator('.first-view__failed:visible')).toHaveCount(0);
      await expect(page.locator('#boot')).toHaveCount(1);
    });
  });
}
