// The handbook: overview with plan health, the document on screen, printed to PDF by headless
// Chromium, and exported as Markdown; axe clean in both languages.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp, expectNoAxeViolations, screenshot } from './fixtures';

/** Writes a few decisions into the stored plan (the steps themselves are tested elsewhere). */
async function seedPlan(page: Page) {
  // A new plan is stored on its first edit: make one, then add the rest directly.
  await page.goto('./#/strategy');
  await page.getByLabel(/Long-term vision|长期愿景/).fill('The neighbourhood’s favourite place to meet.');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('social-playbook/v1/plan/')));
  await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (!key.startsWith('social-playbook/v1/plan/')) continue;
      const doc = JSON.parse(localStorage.getItem(key)!);
      const p = doc.plan;
      p.name = 'Corner Café';
      p.strategy.roles = [{ id: 9001, kind: 'brand_amplifier', why: 'Neighbours find us through *friends*.' }];
      p.strategy.primary_role = 9001;
      p.strategy.vision = 'The neighbourhood’s favourite place to meet.';
      p.strategy.platforms = [{ id: 9002, kind: 'instagram', role: 9001, priority: 'high' }];
      p.personas = [{ id: 9003, name: 'Mia <b>Chen</b>', priority: 'primary', interests: ['Latte art', 'Running'] }];
      p.content.themes = [{ id: 9004, kind: 'user_stories', personas: [9003], share: 60 }];
      p.next_id = 9100;
      localStorage.setItem(key, JSON.stringify(doc));
    }
  });
  await page.goto('./#/handbook');
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible();
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`handbook (${locale})`, () => {
    test.use({ locale });

    test('overview, document, PDF and Markdown', async ({ page }) => {
      await openApp(page, '#/handbook');
      await seedPlan(page);
      const en = locale === 'en-US';

      // Overview: progress per step and a health list with links into the steps.
      const overview = page.locator('.handbook-overview');
      await expect(overview.locator('.health-step')).toHaveCount(6);
      await expect(overview.locator('.finding a').first()).toHaveAttribute('href', /#\//);

      // The document: six sections in order, user text shown as text.
      const doc = page.locator('.handbook-doc');
      await expect(doc.locator('section.handbook-section')).toHaveCount(6);
      await expect(doc.locator('.handbook-doc__title')).toContainText('Corner Café');
      await expect(doc.getByText('Mia <b>Chen</b>', { exact: false }).first()).toBeVisible();
      await expect(doc.locator('b')).toHaveCount(0);
      await expect(doc.locator('#handbook-content table').first()).toContainText('60%');
      await expectNoAxeViolations(page, `handbook ${locale}`);
      await screenshot(page, `handbook-${locale}`);

      // Markdown: a real download with the same decisions, escaped.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: en ? 'Download Markdown' : '下载 Markdown' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.md$/);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-')), download.suggestedFilename());
      await download.saveAs(file);
      const md = fs.readFileSync(file, 'utf8');
      expect(md.startsWith('# Corner Café')).toBe(true);
      expect(md).toContain(en ? '## 1. The role of social media' : '## 一、社交媒体的战略角色');
      expect(md).toContain('Mia \\<b\\>Chen\\</b\\>');
      expect(md).toContain('\\*friends\\*');
      expect(md).toMatch(/\| --- \| --- \|/);
      await expect(page.getByRole('status').filter({ hasText: en ? 'Markdown file downloaded.' : 'Markdown 文件已下载。' })).toBeVisible();

      // Print: the print stylesheet renders the document alone, on A4.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.app-header')).toBeHidden();
      await expect(page.locator('.handbook-overview')).toBeHidden();
      await screenshot(page, `handbook-print-${locale}`);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      fs.writeFileSync(path.join(__dirname, '..', 'screenshots', `handbook-${locale}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(6);
      expect(pages).toBeLessThanOrEqual(14);
      await page.emulateMedia({ media: 'screen' });
    });
  });
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`worked examples (${locale})`, () => {
    test.use({ locale });

    test('each example opens as a new plan, passes its own health check and prints', async ({ page }) => {
      const en = locale === 'en-US';
      await openApp(page, '#/handbook');
      await page.locator('#plan-menu-toggle').click();
      const before = await page.locator('.plan-menu__plans li').count();
      await page.locator('#plan-menu-toggle').click();
      const names: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.locator('#plan-menu-toggle').click();
        await page.locator('#plan-menu-panel').getByRole('button', { name: en ? 'Start from an example' : '从示例开始' }).click();
        const dialog = page.getByRole('dialog', { name: en ? 'Worked examples' : '完整示例' });
        await expect(dialog.locator('.example-card')).toHaveCount(3);
        if (i === 0) await expectNoAxeViolations(page, `example picker ${locale}`);
        await dialog.getByRole('button', { name: en ? 'Open as a new plan' : '作为新规划打开' }).nth(i).click();
        await expect(dialog).toBeHidden();
        const name = (await page.locator('.plan-menu__name').textContent()) ?? '';
        expect(names).not.toContain(name);
        names.push(name);

        // Every step complete, nothing for the health list to report.
        const overview = page.locator('.handbook-overview');
        await expect(overview.getByText(en ? 'No problems found: every check passes.' : '没有发现问题，所有检查都已通过。')).toBeVisible();
        for (const count of await overview.locator('.health-step__count').allTextContents()) {
          const [done, total] = count.split('/').map(Number);
          expect(done).toBe(total);
        }
        // The document has every chapter filled.
        await expect(page.locator('.handbook-doc .handbook-missing')).toHaveCount(0);
        await expect(page.locator('#handbook-team table').first()).toBeVisible();
        await expect(page.locator('#handbook-content table').first()).toBeVisible();
        if (i === 1) {
          await screenshot(page, `handbook-example-${locale}`);
          await page.emulateMedia({ media: 'print' });
          const pdf = await page.pdf({ format: 'A4' });
          fs.writeFileSync(path.join(__dirname, '..', 'screenshots', `handbook-example-${locale}.pdf`), pdf);
          const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
          expect(pages).toBeGreaterThanOrEqual(8);
          expect(pages).toBeLessThanOrEqual(40);
          await page.emulateMedia({ media: 'screen' });
        }
      }
      // The three examples sit beside the first plan: nothing was replaced.
      await page.locator('#plan-menu-toggle').click();
      expect(await page.locator('.plan-menu__plans li').count()).toBe(before + 3);
    });
  });
}
