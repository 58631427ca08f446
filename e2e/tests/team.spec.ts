// Step 5 · Team: a hybrid team for a company with three regions (questionnaire → suggestion →
// choice, roles, people and load, RACI, departments, a meeting and an approval path with Legal),
// and a one-person team for a café; in both languages, axe clean, at desktop and phone widths.
import { test, expect, openApp, expectNoAxeViolations, screenshot } from './fixtures';
import type { Page } from '@playwright/test';

const words = {
  'en-US': {
    size: 'Company size', medium: '100–1,000 people', micro: '1–9 people',
    units: 'Business units or regions with their own customers',
    consistency: 'Brand consistency or local speed?', mostlyBrand: '4 · Mostly one consistent brand', both: '3 · Both equally',
    strategic: 'How strategic is social media for you?', important: '4 · Important to the strategy',
    people: 'People available for social media (full-time equivalents)',
    hybrid: 'Hybrid', centralized: 'Centralized', why: 'Why this model, for us?',
    whyText: 'Headquarters keeps the brand; each region answers its own customers the same day.',
    addCore: 'Add the four core roles', designer: 'Designer', addPerson: 'Add a person',
    name: 'Name', availability: 'Available (% of a full-time week)',
    manager: 'Social media manager', creator: 'Content planner and creator',
    community: 'Community and engagement', analyst: 'Data analyst',
    overFull: 'Over 100% of a full-time week', nobody: 'Nobody holds this role yet',
    suggestRaci: 'Fill empty rows with the usual split', strategy: 'Strategy', twoA: "2 A's",
    legal: 'Legal', marketing: 'Marketing', involvement: 'What they bring or review',
    addMeeting: 'Add a meeting', meetingName: 'Meeting name', meeting: 'Weekly content meeting',
    addStep: 'Add a step', signOff: 'Who signs off', stepName: 'Name or note', hours: 'Time allowed (hours)',
    total: 'Total time: 28 h', moveUp: 'Move up', deleteStep: 'Delete step', undo: 'Undo',
    onePerson: 'We are a one-person business', cafeLoad: 'Load: 50% of 50%', me: 'Me',
  },
  'zh-CN': {
    size: '公司规模', medium: '100–1000人', micro: '1–9人',
    units: '拥有各自客户的业务单元或地区数量',
    consistency: '品牌一致性还是本地速度？', mostlyBrand: '4 · 更看重品牌一致', both: '3 · 两者同样重要',
    strategic: '社交媒体对你们有多重要？', important: '4 · 对战略很重要',
    people: '可投入社交媒体的人力（按全职折算）',
    hybrid: '混合式', centralized: '集中式', why: '为什么选择这个模式？',
    whyText: '总部把握品牌，各地区当天回复本地客户。',
    addCore: '添加四个核心岗位', designer: '设计师', addPerson: '添加人员',
    name: '姓名', availability: '可投入时间（占全职的百分比）',
    manager: '社交媒体经理', creator: '内容策划与创作专员',
    community: '社群运营与互动专员', analyst: '数据分析与优化专员',
    overFull: '超过全职工作量的100%', nobody: '还没有人担任这个岗位',
    suggestRaci: '用常见分工填充空白行', strategy: '制定策略', twoA: '有2个 A',
    legal: '法务部', marketing: '市场部', involvement: '提供或审核的内容',
    addMeeting: '添加会议', meetingName: '会议名称', meeting: '每周内容例会',
    addStep: '添加环节', signOff: '审批人', stepName: '名称或备注', hours: '时限（小时）',
    total: '总时长：28小时', moveUp: '上移', deleteStep: '删除环节', undo: '撤销',
    onePerson: '我们是一人团队', cafeLoad: '工作量：50%（可投入50%）', me: '我',
  },
} as const;

async function phoneCheck(page: Page, label: string, shot: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scroll at 390 px').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, label);
  await screenshot(page, shot);
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`team in ${locale}`, () => {
    test.use({ locale });
    const w = words[locale];

    test('a hybrid team for a company with three regions', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openApp(page, '#/team');
      await expectNoAxeViolations(page, `team empty ${locale}`);
      await screenshot(page, `team-empty-desktop-${locale}`);

      // The questionnaire suggests hybrid, with reasons; the team picks it and says why.
      const suggestion = page.locator('.team-suggestion__body');
      await page.getByLabel(w.size, { exact: true }).selectOption({ label: w.medium });
      await page.getByLabel(w.units, { exact: true }).fill('3');
      await page.getByLabel(w.consistency, { exact: true }).selectOption({ label: w.mostlyBrand });
      await expect(suggestion).toContainText(w.hybrid);
      await page.getByLabel(w.strategic, { exact: true }).selectOption({ label: w.important });
      await page.getByLabel(w.people, { exact: true }).fill('5');
      await expect(suggestion.locator('li')).toHaveCount(3);
      await expect(suggestion.locator('li').first()).toContainText('3');
      await page.getByRole('radio', { name: new RegExp(`^${w.hybrid}`) }).check();
      await page.getByLabel(w.why, { exact: true }).fill(w.whyText);
      await expect(page.locator('.team-compare__row--chosen')).toContainText(w.hybrid);

      // Roles: the four core ones prefilled, plus a designer.
      await page.getByRole('button', { name: w.addCore, exact: true }).click();
      const roleCards = page.locator('.team-role-card');
      await expect(roleCards).toHaveCount(4);
      await expect(roleCards.first().locator('.chip')).not.toHaveCount(0);
      await page.getByRole('button', { name: `+ ${w.designer}` }).click();
      await expect(roleCards).toHaveCount(5);

      // People: one person over a full week is flagged until the load is fixed.
      await page.getByRole('button', { name: w.addPerson, exact: true }).click();
      const anna = page.locator('.team-person-card').nth(0);
      await anna.getByLabel(w.name, { exact: true }).fill('Anna');
      await anna.getByLabel(w.manager, { exact: true }).fill('60');
      await anna.getByLabel(w.creator, { exact: true }).fill('50');
      await expect(anna.locator('.team-load__warning')).toContainText(w.overFull);
      await anna.getByLabel(w.creator, { exact: true }).fill('40');
      await expect(anna.locator('.team-load__warning')).toHaveCount(0);
      await page.getByRole('button', { name: `+ ${w.addPerson}` }).click();
      const ben = page.locator('.team-person-card').nth(1);
      await ben.getByLabel(w.name, { exact: true }).fill('Ben');
      await ben.getByLabel(w.availability, { exact: true }).fill('80');
      await ben.getByLabel(w.community, { exact: true }).fill('50');
      await ben.getByLabel(w.analyst, { exact: true }).fill('30');
      await expect(page.locator('.team-role-card--unheld')).toHaveCount(1);
      await expect(page.locator('.team-role-card--unheld')).toContainText(w.nobody);

      // RACI: the usual split gives one A per row; a second A is flagged.
      await page.getByRole('button', { name: w.suggestRaci }).click();
      await expect(page.locator('.team-raci__row--problem')).toHaveCount(0);
      const cell = page.getByRole('combobox', { name: `${w.strategy} × ${w.community}` });
      await cell.selectOption('A');
      const strategyRow = page.locator('.team-raci__row[data-activity="Strategy"]');
      await expect(strategyRow.locator('.team-raci__status')).toContainText(w.twoA);
      await cell.selectOption('C');
      await expect(page.locator('.team-raci__row--problem')).toHaveCount(0);

      // Departments and a meeting.
      await page.getByRole('checkbox', { name: w.marketing }).check();
      await page.getByRole('checkbox', { name: w.legal }).check();
      await expect(page.locator('.team-department')).toHaveCount(2);
      await page.locator('.team-department').nth(1).getByLabel(w.involvement, { exact: true }).fill('Claims about prices');
      await page.getByRole('button', { name: `+ ${w.addMeeting}` }).click();
      await page.locator('.team-meeting').getByLabel(w.meetingName, { exact: true }).fill(w.meeting);

      // Approval path: the manager, then Legal; drawn as a flow with the total time.
      await page.getByRole('button', { name: `+ ${w.addStep}` }).click();
      const steps = page.locator('.team-steps > li');
      await steps.nth(0).getByLabel(w.signOff, { exact: true }).selectOption({ label: w.manager });
      await steps.nth(0).getByLabel(w.hours, { exact: true }).fill('4');
      await page.getByRole('button', { name: `+ ${w.addStep}` }).click();
      await steps.nth(1).getByLabel(w.stepName, { exact: true }).fill(w.legal);
      await expect(page.locator('.team-flow__box')).toHaveCount(4);
      await expect(page.locator('.team-flow__box').nth(2)).toContainText(w.legal);
      await expect(page.locator('.team-flow__total')).toContainText(w.total);
      // Move Legal first, delete it, undo.
      await steps.nth(1).getByRole('button', { name: new RegExp(`^${w.moveUp}`) }).click();
      await expect(page.locator('.team-flow__box').nth(1)).toContainText(w.legal);
      await steps.nth(0).getByRole('button', { name: new RegExp(`^${w.deleteStep}`) }).click();
      await expect(steps).toHaveCount(1);
      await page.getByRole('button', { name: w.undo, exact: true }).click();
      await expect(steps).toHaveCount(2);
      await expect(page.locator('.team-flow__box').nth(1)).toContainText(w.legal);

      await expectNoAxeViolations(page, `team hybrid ${locale}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `team-hybrid-desktop-${locale}`);
      await phoneCheck(page, `team hybrid phone ${locale}`, `team-hybrid-phone-${locale}`);

      // Everything survives a reload.
      await page.waitForTimeout(600);
      await page.reload();
      await expect(page.locator('.team-person-card')).toHaveCount(2);
      await expect(page.locator('.team-steps > li')).toHaveCount(2);
      await expect(page.getByRole('radio', { name: new RegExp(`^${w.hybrid}`) })).toBeChecked();
    });

    test('a one-person team for a café', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openApp(page, '#/team');
      await page.getByLabel(w.size, { exact: true }).selectOption({ label: w.micro });
      await page.getByLabel(w.units, { exact: true }).fill('1');
      await page.getByLabel(w.consistency, { exact: true }).selectOption({ label: w.both });
      await expect(page.locator('.team-suggestion__body')).toContainText(w.centralized);

      await page.getByRole('button', { name: w.onePerson }).click();
      await expect(page.locator('.team-role-card')).toHaveCount(4);
      const me = page.locator('.team-person-card');
      await expect(me).toHaveCount(1);
      await expect(me.getByLabel(w.name, { exact: true })).toHaveValue(w.me);
      await expect(me.locator('.team-load__text')).toHaveText(w.cafeLoad);
      await expect(me.locator('.team-load__warning')).toHaveCount(0);
      await expect(page.locator('.team-role-card--unheld')).toHaveCount(0);
      await expect(page.locator('.team-raci__row--problem')).toHaveCount(0);
      await expect(page.getByRole('radio', { name: new RegExp(`^${w.centralized}`) })).toBeChecked();

      await expectNoAxeViolations(page, `team café ${locale}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `team-cafe-desktop-${locale}`);
      await phoneCheck(page, `team café phone ${locale}`, `team-cafe-phone-${locale}`);
    });
  });
}
