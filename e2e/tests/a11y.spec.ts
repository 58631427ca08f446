// Accessibility beyond the axe scans: dialogs keep and give back focus, reduced motion switches
// transitions off, large text grows the type, and status changes reach screen readers.
import { test, expect, openApp, tabTo } from './fixtures';

test.use({ locale: 'en-US' });

test('a dialog opened by keyboard keeps focus inside and gives it back on Escape', async ({ page }) => {
  await openApp(page, '#/strategy');
  const toggle = page.locator('#plan-menu-toggle');
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  const importButton = page.locator('#plan-menu-panel').getByRole('button', { name: 'Import a file…' });
  await tabTo(page, importButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import a plan' });
  await expect(dialog).toBeVisible();
  // Thirty presses of Tab (and a few of Shift+Tab) never leave the dialog.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
    const inside = await page.evaluate(() => {
      const open = document.querySelector('dialog[open]');
      return !!open && open.contains(document.activeElement);
    });
    expect(inside, `focus left the dialog after ${i + 1} presses`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(toggle).toBeFocused();
});

test('reduced motion turns transitions off; large text grows the type', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page, '#/strategy');
  const duration = await page.locator('.button').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);

  const before = await page.locator('#step-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: 'Large text' }).click();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  const after = await page.locator('#step-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(after).toBeGreaterThan(before * 1.1);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/large-text/);
});

test('the save status is announced politely', async ({ page }) => {
  await openApp(page, '#/strategy');
  const status = page.locator('.save-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await page.getByLabel('Long-term vision').fill('Announced');
  await expect(status).toHaveText('Saved in this browser');
});

test('Ctrl+Z undoes a deletion without reaching for the toast', async ({ page }) => {
  await openApp(page, '#/personas');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  const names = page.locator('.persona-card__name');
  await expect(names).toHaveText(['Mia Chen']);
  await page.getByRole('button', { name: 'Delete persona: Mia Chen' }).click();
  await expect(names).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('aria-keyshortcuts', /Control\+Z/);
  // Focus is not in a text field: the shortcut belongs to the app.
  await page.locator('#step-title').focus();
  await page.keyboard.press('Control+z');
  await expect(names).toHaveText(['Mia Chen']);
  await expect(page.locator('.toast')).toHaveCount(0);
});
