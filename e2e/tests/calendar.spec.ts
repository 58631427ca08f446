// Step 6 · Content calendar: a new user plans a month for two platforms — adds items, moves one by
// drag and drop and one by keyboard, filters, walks one item through the approval path with
// sign-offs, and exports .ics and .csv (checked by independent readers). Both languages, axe
// clean, screenshots of the month grid, week view, list and a phone. A separate test prints how
// long switching months takes with 2,000 items.
import { test, expect, openApp, expectNoAxeViolations, screenshot } from './fixtures';
import type { Page, Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const words = {
  'en-US': {
    heading: 'Content calendar', add: 'Add an item', title: 'Title', date: 'Date', time: 'Time (optional)',
    platform: 'Platform', theme: 'Theme', status: 'Status', save: 'Save', weibo: 'Weibo', xhs: 'Xiaohongshu (RED)',
    themeName: 'Product value', inReview: 'In review', approved: 'Approved', signedBy: 'Signed off by',
    signToday: 'Sign off today', legal: 'Legal', moved: 'Moved', week: 'Week', list: 'List', month: 'Month',
    clear: 'Clear filters', ics: 'Download .ics (calendar apps)', csv: 'Download .csv (spreadsheets)',
    next: 'Next month', overlay: 'Show marketing dates', value: 'Value first',
  },
  'zh-CN': {
    heading: '内容日历', add: '添加内容', title: '标题', date: '日期', time: '时间（可选）',
    platform: '平台', theme: '主题', status: '状态', save: '保存', weibo: '微博', xhs: '小红书',
    themeName: '产品价值', inReview: '审核中', approved: '已批准', signedBy: '签核人',
    signToday: '今天签核', legal: '法务', moved: '已将', week: '周', list: '列表', month: '月',
    clear: '清除筛选', ics: '下载 .ics（日历软件）', csv: '下载 .csv（表格）',
    next: '下个月', overlay: '显示营销节点', value: '价值导向',
  },
} as const;

function iso(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A day of the current month (10th, 12th…), far enough from its edges for ±1 day moves. */
function dayOfThisMonth(day: number): string {
  const now = new Date();
  return iso(new Date(now.getFullYear(), now.getMonth(), day));
}

/** Edits every stored plan with `edit` and reloads at `#/content`. A fresh plan is stored on its
 * first edit, so a throwaway calendar item is saved first (the edits below clear the calendar). */
async function editStoredPlan(page: Page, edit: string, arg: unknown) {
  const cal = page.locator('#calendar');
  await cal.locator('.calendar-toolbar__add').click();
  await page.locator('dialog[open] input[type=text]').first().fill('placeholder');
  await page.locator('dialog[open] button[type=submit]').click();
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('social-playbook/v1/plan/')).length))
    .toBeGreaterThan(0);
  await page.waitForTimeout(500);
  const edited = await page.evaluate(
    ({ edit, arg }) => {
      const apply = new Function('plan', 'arg', edit);
      let count = 0;
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        if (!key.startsWith('social-playbook/v1/plan/')) continue;
        const doc = JSON.parse(localStorage.getItem(key)!);
        apply(doc.plan, arg);
        localStorage.setItem(key, JSON.stringify(doc));
        count++;
      }
      return count;
    },
    { edit, arg },
  );
  expect(edited, 'a stored plan was edited').toBeGreaterThan(0);
  await page.goto('./#/content');
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible();
}

/** Two platforms, a persona, a theme, a team role and a one-step approval path (earlier steps are tested elsewhere). */
const SEED = `
  plan.strategy.platforms = [{ id: 9001, kind: 'weibo', priority: 'high' }, { id: 9002, kind: 'xiaohongshu', priority: 'medium' }];
  plan.personas = [{ id: 9010, name: arg.persona, priority: 'primary' }];
  plan.content.themes = [{ id: 9020, kind: 'product_value' }];
  plan.team.roles = [{ id: 9030, kind: 'manager' }];
  plan.team.approval_path = [{ id: 9040, label: arg.legal }];
  plan.content.calendar = [];
  plan.next_id = Math.max(plan.next_id ?? 1, 9100);
`;

function calendarOf(page: Page, heading: string): Locator {
  return page.getByRole('region', { name: heading });
}

async function addItem(page: Page, w: (typeof words)[keyof typeof words], cal: Locator, item: { title: string; date: string; time?: string; platform: string }) {
  await cal.getByRole('button', { name: w.add }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(w.title, { exact: true }).fill(item.title);
  await dialog.getByLabel(w.date, { exact: true }).fill(item.date);
  if (item.time) await dialog.getByLabel(w.time).fill(item.time);
  await dialog.getByLabel(w.platform, { exact: true }).selectOption({ label: item.platform });
  await dialog.getByLabel(w.theme, { exact: true }).selectOption({ label: w.themeName });
  await dialog.getByRole('button', { name: w.save }).click();
  await expect(dialog).toBeHidden();
  await expect(cal.locator(`.calendar-day[data-date="${item.date}"]`).getByRole('button', { name: item.title })).toBeVisible();
}

/** Reads an .ics file with the independent `icalendar` reader when it is installed, else by hand. */
function readIcs(file: string): { events: { summary: string; dtstart: string }[] } {
  const python = path.join(os.homedir(), '.cache/social-playbook-tools/py/bin/python');
  const script = path.join(__dirname, '..', '..', 'scripts', 'check_ics.py');
  if (fs.existsSync(python) && fs.existsSync(script)) {
    return JSON.parse(execFileSync(python, [script, file], { encoding: 'utf8' }));
  }
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n[ \t]/g, '');
  const events = text.split('BEGIN:VEVENT').slice(1).map((block) => ({
    summary: /\nSUMMARY:(.*)\r?\n/.exec(`\n${block}`)?.[1] ?? '',
    dtstart: /\nDTSTART[^:]*:(.*)\r?\n/.exec(`\n${block}`)?.[1] ?? '',
  }));
  expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  return { events };
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`content calendar in ${locale}`, () => {
    test.use({ locale, acceptDownloads: true });
    const w = words[locale];

    test('plan a month for two platforms, approve one item, export it', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openApp(page, '#/content');
      await editStoredPlan(page, SEED, { persona: locale === 'en-US' ? 'Xiao Lin' : '小林', legal: w.legal });
      const cal = calendarOf(page, w.heading);
      await expect(cal).toBeVisible();
      await expect(cal.locator('td[aria-current="date"]')).toHaveCount(1);
      await expect(cal.locator('tbody th.calendar-month__week').first()).toHaveText(/\d/);

      const launch = locale === 'en-US' ? 'Spring launch 春季新品' : '春季新品上市';
      const tips = locale === 'en-US' ? 'Brewing tips' : '冲煮小技巧';
      const note = locale === 'en-US' ? 'Store visit notes' : '探店笔记';
      await addItem(page, w, cal, { title: launch, date: dayOfThisMonth(10), time: '09:30', platform: w.weibo });
      await addItem(page, w, cal, { title: tips, date: dayOfThisMonth(12), platform: w.weibo });
      await addItem(page, w, cal, { title: note, date: dayOfThisMonth(12), platform: w.xhs });

      // Drag and drop: the launch moves from the 10th to the 17th.
      await cal.getByRole('button', { name: launch }).dragTo(cal.locator(`.calendar-day[data-date="${dayOfThisMonth(17)}"]`));
      await expect(cal.locator(`.calendar-day[data-date="${dayOfThisMonth(17)}"]`).getByRole('button', { name: launch })).toBeVisible();
      await expect(page.getByTestId('calendar-announcement')).toContainText(w.moved);

      // Keyboard: the tips move one day later with Alt+Right, and keep focus.
      await cal.getByRole('button', { name: tips }).focus();
      await page.keyboard.press('Alt+ArrowRight');
      const tipsDay = cal.locator(`.calendar-day[data-date="${dayOfThisMonth(13)}"]`);
      await expect(tipsDay.getByRole('button', { name: tips })).toBeVisible();
      await expect(tipsDay.getByRole('button', { name: tips })).toBeFocused();
      await expect(page.getByTestId('calendar-announcement')).toContainText(tips);

      // Filter by platform: only the Xiaohongshu item stays.
      const platformFilter = cal.locator('.calendar-filters').getByLabel(w.platform);
      await platformFilter.selectOption({ label: w.xhs });
      await expect(cal.locator('.calendar-chip')).toHaveCount(1);
      await expect(cal.getByRole('button', { name: note })).toBeVisible();
      await cal.getByRole('button', { name: w.clear }).click();
      await expect(cal.locator('.calendar-chip')).toHaveCount(3);

      // The approval path: in review, then approved only after Legal signs.
      await cal.getByRole('button', { name: launch }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(w.value, { exact: true }).click();
      const status = dialog.getByLabel(w.status, { exact: true });
      await status.selectOption({ label: w.inReview });
      await status.selectOption({ label: w.approved });
      await expect(dialog.getByRole('alert')).toContainText(w.legal);
      await expect(status).toHaveValue('InReview');
      await expectNoAxeViolations(page, `calendar editor (${locale})`);
      const legal = dialog.getByRole('group', { name: w.legal });
      await legal.getByLabel(w.signedBy).fill(locale === 'en-US' ? 'Wang Fang' : '王芳');
      await legal.getByRole('button', { name: new RegExp(w.signToday) }).click();
      await status.selectOption({ label: w.approved });
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      await expect(status).toHaveValue('Approved');
      await dialog.getByRole('button', { name: w.save }).click();
      await expect(dialog).toBeHidden();
      await expect(cal.locator('[data-status="approved"]')).toHaveCount(1);

      await expectNoAxeViolations(page, `calendar month (${locale})`);
      await screenshot(page, `calendar-month-${locale}`);

      // Marketing dates on the grid.
      await cal.getByLabel(w.overlay).check();
      await cal.getByRole('button', { name: w.next }).click();
      await expect(cal.locator('.calendar-mark').first()).toBeVisible();
      await screenshot(page, `calendar-marketing-${locale}`);
      await expectNoAxeViolations(page, `calendar marketing dates (${locale})`);
      await cal.getByRole('button', { name: locale === 'en-US' ? 'Today' : '今天' }).click();

      // Week view of the launch week (its week number opens it), then the list.
      await cal
        .locator('tbody tr', { has: page.locator(`[data-date="${dayOfThisMonth(17)}"]`) })
        .locator('.calendar-month__week-button')
        .click();
      await expect(cal.locator('.calendar-week__day')).toHaveCount(7);
      await expect(cal.locator('.calendar-week').getByRole('button', { name: launch })).toBeVisible();
      await cal.getByRole('button', { name: locale === 'en-US' ? 'Next week' : '下一周' }).click();
      await cal.getByRole('button', { name: locale === 'en-US' ? 'Previous week' : '上一周' }).click();
      await expect(cal.locator('.calendar-week').getByRole('button', { name: launch })).toBeVisible();
      await expectNoAxeViolations(page, `calendar week (${locale})`);
      await screenshot(page, `calendar-week-${locale}`);
      await cal.locator('.calendar-toolbar__views').getByRole('button', { name: w.list, exact: true }).click();
      await expect(cal.locator('.calendar-list__table tbody tr')).toHaveCount(3);
      await expect(cal.locator('.calendar-list__table')).toContainText(w.approved);
      await expectNoAxeViolations(page, `calendar list (${locale})`);
      await screenshot(page, `calendar-list-${locale}`);

      // Exports: .ics read by an independent parser, CSV re-read with its BOM and Chinese intact.
      const [ics] = await Promise.all([page.waitForEvent('download'), cal.getByRole('button', { name: w.ics }).click()]);
      expect(ics.suggestedFilename()).toMatch(/\.ics$/);
      const icsFile = path.join(os.tmpdir(), `calendar-${locale}-${Date.now()}.ics`);
      await ics.saveAs(icsFile);
      const parsed = readIcs(icsFile);
      expect(parsed.events).toHaveLength(3);
      const summaries = parsed.events.map((e) => e.summary).join('\n');
      expect(summaries).toContain(launch);
      expect(summaries).toContain(note);
      const [csv] = await Promise.all([page.waitForEvent('download'), cal.getByRole('button', { name: w.csv }).click()]);
      expect(csv.suggestedFilename()).toMatch(/\.csv$/);
      const csvFile = path.join(os.tmpdir(), `calendar-${locale}-${Date.now()}.csv`);
      await csv.saveAs(csvFile);
      const bytes = fs.readFileSync(csvFile);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csvText = bytes.toString('utf8');
      expect(csvText).toContain(launch);
      expect(csvText).toContain(locale === 'en-US' ? '春季新品' : '探店笔记');
      expect(csvText.split(/\r?\n/).filter((line) => line.trim()).length).toBeGreaterThanOrEqual(4);

      // Reload: the plan kept everything.
      await page.reload();
      await expect(calendarOf(page, w.heading).locator('.calendar-chip')).toHaveCount(3);

      // Phone.
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(calendarOf(page, w.heading)).toBeVisible();
      await expectNoAxeViolations(page, `calendar phone (${locale})`);
      await screenshot(page, `calendar-phone-${locale}`);
    });
  });
}

test('switching months with 2,000 items (printed, not asserted)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, '#/content');
  const seeded = `
    plan.strategy.platforms = [{ id: 9001, kind: 'weibo' }, { id: 9002, kind: 'xiaohongshu' }];
    const start = new Date(); start.setDate(1); start.setMonth(start.getMonth() - 6);
    const statuses = ['idea', 'drafting', 'in_review', 'approved', 'scheduled', 'published'];
    plan.content.calendar = [];
    for (let i = 0; i < 2000; i++) {
      const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + (i % 365));
      const pad = (n) => String(n).padStart(2, '0');
      plan.content.calendar.push({
        id: 20000 + i,
        date: d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()),
        time: i % 3 === 0 ? pad(8 + (i % 10)) + ':00:00' : null,
        platform: 9001 + (i % 2),
        title: 'Item ' + i,
        status: statuses[i % 6],
      });
    }
    plan.next_id = 30000;
  `;
  await editStoredPlan(page, seeded, null);
  const cal = calendarOf(page, 'Content calendar').or(calendarOf(page, '内容日历'));
  await expect(cal.locator('.calendar-chip').first()).toBeVisible();
  const previous = cal.locator('.calendar-toolbar__nav button').nth(0);
  const timings: number[] = [];
  for (let i = 0; i < 6; i++) {
    const before = await page.locator('#calendar-period').textContent();
    const ms = await page.evaluate(async (before) => {
      const t0 = performance.now();
      (document.querySelectorAll('.calendar-toolbar__nav button')[0] as HTMLElement).click();
      while (document.querySelector('#calendar-period')?.textContent === before) {
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }, before);
    timings.push(ms);
  }
  await expect(previous).toBeVisible();
  const chips = await cal.locator('.calendar-chip').count();
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(`[calendar perf] month switch with 2000 items: ${timings.map((t) => t.toFixed(1)).join(', ')} ms; median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms; ${chips} chips drawn in the last month shown`);
});
