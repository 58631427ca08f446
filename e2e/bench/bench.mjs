// `make bench`: prints how fast Social Playbook is on a large plan. It measures and prints; it
// asserts no timings. The only failures are a plan the app did not open (the figures would then
// describe the wrong thing) or a browser/server that did not start.
//
// Figures (each the median of BENCH_RUNS runs, min and max shown):
//   a. cold load to interactive, empty profile and with the large plan stored;
//   b. import checks (the app's own `social-playbook:import` measure) against `JSON.parse`;
//   c. autosave (the app's `social-playbook:autosave` measure) against one `localStorage.setItem`;
//   d. keystroke to the next animation frame in the vision field, large plan open;
//   e. calendar month switch with 2,000 items;
//   f. Lighthouse 12.2.3 scores and metrics, mobile and desktop, gzip-served release build;
//   g. what a first visit transfers (gzip-served): bare address, fresh profile, *Start the plan*,
//      up to a usable step 1; then the piece each further step fetches when first opened;
//   h. a workshop's room: 40 hand-ins of the large plan (20 tables, two versions each) picked as
//      files at once, until every row is listed and the tables are compared on screen.
//
// Environment: BENCH_DIST (the site to serve, default ../dist), BENCH_PORT (default 4400), BENCH_RUNS (5), BENCH_LIGHTHOUSE_RUNS (as BENCH_RUNS),
// BENCH_SKIP_LIGHTHOUSE=1 to leave Lighthouse out, BENCH_ONLY=b,c,h for some figures only (to
// compare two builds quickly: BENCH_DIST=one BENCH_ONLY=b,c,h, then the other).
import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const e2eDir = path.resolve(here, '..');
const repoDir = path.resolve(e2eDir, '..');
const port = Number(process.env.BENCH_PORT ?? 4400);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? runs);
const distDir = path.resolve(process.env.BENCH_DIST ?? path.join(repoDir, 'dist'));
// BENCH_ONLY=b,c,h measures only those figures (c and d go together); all of them by default.
const only = (process.env.BENCH_ONLY ?? 'a,b,c,d,e,f,g,h').split(',').map((s) => s.trim());
const wanted = (...figures) => figures.some((figure) => only.includes(figure));
const prefix = '/social-playbook/';
const base = `http://127.0.0.1:${port}${prefix}`;
const PLAN_PREFIX = 'social-playbook/v1/plan/';
const INDEX_KEY = 'social-playbook/v1/index';

const SIZES = { calendar: 2000, personas: 50, goals: 100 };
const KEYSTROKES = 30;
const MONTH_SWITCHES = 10;

// The same browser as the end-to-end tests (see playwright.config.ts).
const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
const contextOptions = { locale: 'en-US', viewport: { width: 1280, height: 900 } };

const rows = [];
const notes = [];

function log(line) {
  process.stderr.write(`[bench] ${line}\n`);
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1], n: sorted.length };
}

/** One line of the table; `values` are the individual runs. */
function record(figure, unit, values, digits = 1) {
  const s = stats(values);
  rows.push({ figure, unit, runs: s.n, median: round(s.median, digits), min: round(s.min, digits), max: round(s.max, digits) });
}

/** A line with a single value (ratios of medians, scores). */
function recordValue(figure, unit, value, runsCount, digits = 2) {
  rows.push({ figure, unit, runs: runsCount, median: typeof value === 'number' ? round(value, digits) : value, min: null, max: null });
}

function round(v, digits) {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

// ---------------------------------------------------------------------------------------------
// The static server (the same script the end-to-end tests and `make serve` use).

async function startServer(gzip) {
  const args = [path.join(repoDir, 'scripts', 'serve.py'), distDir, '--port', String(port), '--prefix', prefix];
  if (gzip) args.push('--gzip');
  const child = spawn('python3', args, { stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const res = await fetch(base);
      if (res.ok) return child;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`serve.py exited with ${child.exitCode} (is port ${port} free?)`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`serve.py did not answer on ${base}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopServer(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill();
  await exited;
}

// ---------------------------------------------------------------------------------------------
// The large plan: made from the envelope and plan the app itself stores on a first edit, with
// every list filled by generated records whose references all point to records that exist.

function isoDate(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function fillPlan(plan) {
  let next = 1000;
  const id = () => next++;
  const pick = (list, i) => list[i % list.length];

  const roleKinds = ['brand_amplifier', 'insight_sensor', 'product_test_field', 'customer_service'];
  plan.name = 'Benchmark plan';
  plan.organisation = 'Large Co.';
  plan.strategy.roles = roleKinds.map((kind) => ({ id: id(), kind, why: `Why ${kind.replace(/_/g, ' ')} matters to us.` }));
  plan.strategy.primary_role = plan.strategy.roles[0].id;
  plan.strategy.vision = 'The place our customers go first to learn, ask and share.';
  plan.strategy.objectives = ['Grow the community', 'Answer every question within a day'];
  const platformKinds = ['weibo', 'xiaohongshu', 'wechat_official_account', 'douyin', 'bilibili', 'linkedin'];
  plan.strategy.platforms = platformKinds.map((kind, i) => ({
    id: id(), kind, role: pick(plan.strategy.roles, i).id, priority: pick(['high', 'medium', 'low'], i),
    account: `@largeco_${i}`, url: `https://example.com/${kind}`,
  }));
  const platformIds = plan.strategy.platforms.map((p) => p.id);

  const teamKinds = ['manager', 'content_creator', 'community', 'data_analyst', 'designer'];
  plan.team.roles = teamKinds.map((kind) => ({ id: id(), kind, name: '', duties: ['Plan the week'], skills: ['Writing'] }));
  const teamRoleIds = plan.team.roles.map((r) => r.id);

  plan.personas = [];
  for (let i = 0; i < SIZES.personas; i++) {
    plan.personas.push({
      id: id(), name: `Persona ${i + 1}`, avatar: `P${i + 1}`, colour: i % 8,
      priority: i < 10 ? 'primary' : 'secondary', sources: 'Customer interviews, 2025',
      age_min: 20 + (i % 30), age_max: 30 + (i % 30), gender: '', location: pick(['Shanghai', 'Chengdu', 'Shenzhen'], i),
      occupation: pick(['Designer', 'Teacher', 'Engineer', 'Nurse'], i), income: 'Middle',
      interests: ['Coffee', 'Running', `Hobby ${i}`], info_habits: ['Reads on the commute'],
      social_behaviour: ['Comments in the evening'], pains: ['Too little time', `Pain ${i}`],
      platforms: [pick(platformIds, i), pick(platformIds, i + 1)], communities: ['A local running club'],
      topics: ['Weekend plans'], motivators: ['Honest reviews'], quote: `“I want to hear it from someone like me” (${i + 1}).`,
    });
  }
  const personaIds = plan.personas.map((p) => p.id);

  const metrics = ['followers', 'topic_volume', 'engagement_rate', 'reach', 'response_rate', 'leads', 'conversions', 'user_posts'];
  const year = new Date().getFullYear();
  plan.goals = [];
  for (let i = 0; i < SIZES.goals; i++) {
    const metric = pick(metrics, i);
    const percent = metric === 'engagement_rate' || metric === 'response_rate';
    plan.goals.push({
      id: id(), title: `Goal ${i + 1}: grow ${metric.replace(/_/g, ' ')}`, metric, custom_metric: '',
      within_hours: metric === 'response_rate' ? 24 : null, platform: pick(platformIds, i),
      baseline: percent ? 40 : 1000 + i, target: percent ? 60 : 2000 + i * 10, target_kind: 'absolute',
      unit: percent ? '%' : 'followers', start: `${year}-01-01`, deadline: `${year}-12-31`,
      owner_role: pick(teamRoleIds, i), serves_role: pick(plan.strategy.roles, i).id,
      personas: [pick(personaIds, i), pick(personaIds, i + 7)], achievable_because: 'Last year we grew 30% with half the team.',
      progress: [1, 2, 3].map((m) => ({ id: id(), date: `${year}-0${m}-15`, value: percent ? 40 + m : 1000 + i + m * 50, note: '' })),
    });
  }
  const goalIds = plan.goals.map((g) => g.id);

  const themeKinds = ['industry_insight', 'product_value', 'user_stories', 'brand_culture', 'fun_interaction'];
  const shares = [30, 25, 20, 15, 10];
  plan.content.themes = themeKinds.map((kind, i) => ({
    id: id(), kind, name: '', description: `What ${kind.replace(/_/g, ' ')} posts do for us.`,
    personas: personaIds.slice(i * 10, i * 10 + 10), goals: goalIds.slice(i * 20, i * 20 + 20), share: shares[i],
  }));
  const themeIds = plan.content.themes.map((t) => t.id);

  // Spread over the twelve months from the first of this month, so every month the calendar
  // switches through holds about 167 items.
  const start = new Date();
  start.setDate(1);
  const statuses = ['idea', 'drafting', 'in_review', 'approved', 'scheduled', 'published'];
  const formats = ['image_text', 'short_video', 'live_stream', 'infographic', 'h5', 'qa', 'review'];
  plan.content.calendar = [];
  for (let i = 0; i < SIZES.calendar; i++) {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + (i % 365));
    const pad = (n) => String(n).padStart(2, '0');
    plan.content.calendar.push({
      id: id(), date: isoDate(day), time: i % 3 === 0 ? `${pad(8 + (i % 10))}:00:00` : null,
      platform: pick(platformIds, i), theme: pick(themeIds, i), format: pick(formats, i),
      title: `Post ${i + 1}: ${pick(['Behind the scenes', 'Customer story', 'How-to', 'Weekly Q&A'], i)}`,
      brief: 'A short brief: what the post says, for whom, and the call to action.',
      personas: [pick(personaIds, i)], goal: pick(goalIds, i), owner_role: pick(teamRoleIds, i),
      status: pick(statuses, i), sign_offs: [], principles: [],
    });
  }
  plan.next_id = next;
  return plan;
}

/** Lets the app store a new plan, then builds the large plan from its stored form. */
async function makeLargePlan(browser) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto(`${base}#/strategy`);
  await page.getByLabel('Long-term vision').fill('A first edit, so the plan is stored.');
  await page.waitForFunction((p) => Object.keys(localStorage).some((k) => k.startsWith(p)), PLAN_PREFIX);
  await page.waitForTimeout(500);
  const stored = await page.evaluate(({ p, indexKey }) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(p));
    return { key, text: localStorage.getItem(key), index: localStorage.getItem(indexKey) };
  }, { p: PLAN_PREFIX, indexKey: INDEX_KEY });
  await context.close();

  const doc = JSON.parse(stored.text);
  const plan = fillPlan(doc.plan);
  const storedText = JSON.stringify({ ...doc, plan });
  const index = JSON.parse(stored.index);
  for (const entry of index.plans) if (entry.id === plan.id) entry.name = plan.name;
  index.current = plan.id;
  const file = {
    format: doc.format, version: doc.version, app_version: doc.app_version,
    exported_at: new Date().toISOString(), plan,
  };
  return {
    key: stored.key,
    storedText,
    indexText: JSON.stringify(index),
    fileText: JSON.stringify(file, null, 2),
    version: doc.version,
  };
}

/**
 * A fresh context (empty HTTP cache, no service worker) whose storage holds the large plan.
 * The plan is written from a static file of the same origin (the web manifest), not from the
 * app, so the app's own files are still uncached when the timed visit starts.
 */
async function seededContext(browser, large) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto(`${base}manifest.webmanifest`);
  await page.evaluate(({ large, indexKey }) => {
    localStorage.clear();
    localStorage.setItem(large.key, large.storedText);
    localStorage.setItem(indexKey, large.indexText);
  }, { large, indexKey: INDEX_KEY });
  await page.close();
  return context;
}

/** Waits until the app is interactive; returns performance.now() at that frame (ms since navigation). */
async function waitInteractive(page) {
  const handle = await page.waitForFunction(() => {
    // A profile with a plan opens on a step; an empty one on the welcome view.
    const title = document.querySelector('#step-title') || document.querySelector('#welcome-title');
    const ready = title && title.checkVisibility() && !document.querySelector('#boot');
    return ready ? performance.now() : false;
  }, null, { polling: 'raf', timeout: 60_000 });
  return handle.jsonValue();
}

/** Fails the run when the app did not open the large plan as generated. */
async function verifyLargePlan(browser, large) {
  const context = await seededContext(browser, large);
  const page = await context.newPage();
  const problems = [];
  const expectCount = async (hash, selector, expected) => {
    await page.goto(`${base}${hash}`);
    await waitInteractive(page);
    const locator = page.locator(selector);
    try {
      await locator.nth(expected - 1).waitFor({ timeout: 20_000 });
    } catch {
      // counted below
    }
    const count = await locator.count();
    if (count !== expected) problems.push(`${hash}: ${count} × ${selector}, expected ${expected}`);
    return count;
  };
  const personas = await expectCount('#/personas', '.persona-card', SIZES.personas);
  const goals = await expectCount('#/goals', '.goal-card', SIZES.goals);
  await page.goto(`${base}#/content`);
  await waitInteractive(page);
  await page.locator('.calendar-chip').first().waitFor({ timeout: 20_000 }).catch(() => {});
  const chips = await page.locator('.calendar-chip').count();
  if (chips < 100) problems.push(`#/content: ${chips} calendar chips this month, expected over 100`);
  const name = await page.locator('#plan-menu-toggle').textContent();
  if (!name?.includes('Benchmark plan')) problems.push(`plan menu shows "${name?.trim()}", not the benchmark plan`);
  await context.close();
  if (problems.length) throw new Error(`the app did not open the large plan as generated:\n  ${problems.join('\n  ')}`);
  notes.push(`large plan opened: ${personas} persona cards, ${goals} goal cards, ${chips} calendar chips in this month`);
}

/**
 * Has the app write the large plan itself (one edit, then its autosave), so that the stored copy,
 * the file and the hand-ins below are what users actually have: text the app wrote, with its
 * field order and defaults, not the generator's. The file is that plan in the file envelope,
 * indented (numbers as JavaScript writes them: 50 where the app writes 50.0).
 */
async function rewriteAsTheAppDoes(browser, large) {
  const context = await seededContext(browser, large);
  const page = await context.newPage();
  await page.goto(`${base}#/strategy`);
  await waitInteractive(page);
  const before = JSON.parse(large.storedText).revision;
  const vision = page.getByLabel('Long-term vision');
  await page.waitForFunction(() => [...document.querySelectorAll('textarea, input')]
    .some((field) => field.value.startsWith('The place our customers')), null, { timeout: 20_000 });
  await vision.fill('The place our customers go first to learn, ask and share: written by the app.');
  const text = await (await page.waitForFunction(({ key, before }) => {
    const text = localStorage.getItem(key);
    return text && JSON.parse(text).revision > before ? text : false;
  }, { key: large.key, before }, { timeout: 20_000 }).catch(async (error) => {
    const said = await page.locator('.banner, .save-status').allInnerTexts().catch(() => []);
    throw new Error(`the app did not write the large plan (page says: ${said.join(' | ')}): ${error.message}`);
  })).jsonValue();
  await context.close();
  const doc = JSON.parse(text);
  large.storedText = text;
  notes.push('plan texts: the generated plan is opened and edited once in the app, and the stored copy the app then writes is the stored text of a, c and e, and (in the file envelope, indented) the file of b and the hand-ins of h.');
  large.fileText = JSON.stringify({
    format: doc.format, version: doc.version, app_version: doc.app_version,
    exported_at: new Date().toISOString(), plan: doc.plan,
  }, null, 2);
}

// ---------------------------------------------------------------------------------------------
// a. Cold load

async function coldLoad(browser, large) {
  for (const withPlan of [false, true]) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = withPlan ? await seededContext(browser, large) : await browser.newContext(contextOptions);
      const page = await context.newPage();
      await page.goto(base, { waitUntil: 'commit' });
      times.push(await waitInteractive(page));
      await context.close();
    }
    record(`a. cold load to interactive, ${withPlan ? 'large plan stored' : 'empty profile'}`, 'ms', times);
  }
  notes.push('a: new context each run (empty HTTP cache, no service worker); time = performance.now() at the first frame with the page heading visible (#step-title; #welcome-title for the empty profile, which lands on the welcome view) and #boot gone. The large plan is written to localStorage from a same-origin static file (the web manifest) before the timed visit, so no app file is cached.');
}

// ---------------------------------------------------------------------------------------------
// b. Import checks against JSON.parse

async function importRatio(browser, large) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  // A step address: an empty profile would otherwise land on the welcome view, without the menu.
  await page.goto(`${base}#/strategy`);
  await waitInteractive(page);
  await page.locator('#plan-menu-toggle').click();
  await page.locator('#plan-menu-panel').getByRole('button', { name: 'Import a file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a plan' });
  await dialog.waitFor();
  // As a paste does: the whole text at once, then one input event (typing 2 MB would take minutes).
  await dialog.locator('#import-paste').evaluate((area, text) => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, large.fileText);
  // One untimed check first: the first call also pays for warming up the code, which
  // JSON.parse (built into the browser) never does.
  await dialog.getByRole('button', { name: 'Check the text' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('social-playbook:import').length > 0);
  const importTimes = [];
  for (let i = 0; i < runs; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('social-playbook:import').length);
    await dialog.getByRole('button', { name: 'Check the text' }).click();
    await page.waitForFunction((n) => performance.getEntriesByName('social-playbook:import').length > n, before);
    importTimes.push(await page.evaluate(() => performance.getEntriesByName('social-playbook:import').at(-1).duration));
  }
  // The same text as a picked file (the app reads its bytes, then runs the same checks).
  const fileTimes = [];
  for (let i = 0; i < runs; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('social-playbook:import').length);
    await dialog.locator('[data-testid=import-file]').setInputFiles({
      name: 'large.playbook.json', mimeType: 'application/json', buffer: Buffer.from(large.fileText, 'utf8'),
    });
    await page.waitForFunction((n) => performance.getEntriesByName('social-playbook:import').length > n, before);
    fileTimes.push(await page.evaluate(() => performance.getEntriesByName('social-playbook:import').at(-1).duration));
  }
  const failed = await dialog.locator('.message--error').count();
  if (failed) throw new Error(`the app refused the generated file: ${await dialog.locator('.message--error').innerText()}`);
  const parseTimes = await page.evaluate((n) => {
    const text = document.querySelector('#import-paste').value;
    const times = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const value = JSON.parse(text);
      times.push(performance.now() - t0);
      if (!value.plan) throw new Error('parsed text has no plan');
    }
    return times;
  }, runs);
  await context.close();
  record(`b. import checks (${(large.fileText.length / 1024).toFixed(0)} KiB file, pasted)`, 'ms', importTimes);
  record('b. import checks (same text as a picked file)', 'ms', fileTimes);
  record('b. JSON.parse of the same text', 'ms', parseTimes, 2);
  recordValue('b. import (pasted) ÷ JSON.parse (medians)', '×', stats(importTimes).median / stats(parseTimes).median, runs);
  notes.push('b: the app\'s measure social-playbook:import spans its checks only, after one untimed warm-up check (parse with duplicate-key and depth checks, validation, the preview); JSON.parse is timed with performance.now() in the same page on the text read back from the paste field.');
}

// ---------------------------------------------------------------------------------------------
// c. Autosave against localStorage.setItem, d. keystroke to next frame (same open page)

async function typingAndSaving(browser, large) {
  const context = await seededContext(browser, large);
  const page = await context.newPage();
  await page.goto(`${base}#/strategy`);
  await waitInteractive(page);
  const vision = page.getByLabel('Long-term vision');
  await vision.click();
  await page.keyboard.press('End');

  // d. Each keydown's own timestamp to the next animation frame after the field was updated.
  await page.evaluate(() => {
    window.__keySamples = [];
    document.addEventListener('keydown', (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => window.__keySamples.push(performance.now() - start));
    }, { capture: true });
  });
  // 100 ms apart: each frame belongs to one key, and no autosave (300 ms after the last key) runs.
  await page.keyboard.type('abcdefghijklmnopqrstuvwxyz0123456789'.slice(0, KEYSTROKES), { delay: 100 });
  await page.waitForFunction((n) => window.__keySamples.length >= n, KEYSTROKES);
  const keySamples = await page.evaluate(() => window.__keySamples);
  record(`d. keystroke → next frame (vision field, large plan)`, 'ms', keySamples);

  // c. One autosave per edit: a key, then wait for the save that follows 300 ms later.
  // Let the save after the typing above happen (and any that a slow key let through), so
  // each edit below has exactly one save of its own.
  await page.waitForFunction(() => performance.getEntriesByName('social-playbook:autosave').length > 0, null, { timeout: 10_000 });
  await page.waitForTimeout(1000);
  const saveTimes = [];
  for (let i = 0; i < runs; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('social-playbook:autosave').length);
    await page.keyboard.type(String(i));
    await page.waitForFunction((n) => performance.getEntriesByName('social-playbook:autosave').length > n, before);
    saveTimes.push(await page.evaluate(() => performance.getEntriesByName('social-playbook:autosave').at(-1).duration));
  }
  const stored = await page.evaluate((key) => localStorage.getItem(key), large.key);
  const field = await vision.inputValue();
  const storedVision = stored ? JSON.parse(stored).plan.strategy.vision : null;
  if (storedVision !== field) {
    throw new Error(`the edits did not reach storage: field "${field}", stored "${storedVision}"`);
  }
  // The same text written back; every other write changes one character of the revision so the
  // browser cannot skip an unchanged value.
  const setTimes = await page.evaluate(({ key, n }) => {
    const text = localStorage.getItem(key);
    const variant = text.replace(/"revision":(\d+)/, (_, r) => `"revision":${Number(r) + 1}`);
    const times = [];
    for (let i = 0; i < n; i++) {
      const value = i % 2 ? text : variant;
      const t0 = performance.now();
      localStorage.setItem(key, value);
      times.push(performance.now() - t0);
    }
    localStorage.setItem(key, text);
    return times;
  }, { key: large.key, n: runs });
  await context.close();
  record(`c. autosave (${(stored.length / 1024).toFixed(0)} KiB stored)`, 'ms', saveTimes);
  record('c. localStorage.setItem of the same text', 'ms', setTimes, 2);
  recordValue('c. autosave ÷ setItem (medians)', '×', stats(saveTimes).median / stats(setTimes).median, runs);
  notes.push('c: the app\'s measure social-playbook:autosave spans one save (snapshot, serialize, the stored-copy revision check, the plan write and the index write), one per edit, 300 ms after a key; setItem writes the stored text back, alternating with a copy one revision higher so no write is a no-op.');
  notes.push(`d: ${KEYSTROKES} keys typed 100 ms apart; each sample is the keydown event's timeStamp to the next requestAnimationFrame callback (the input handler and the field's update run before it).`);
}

// ---------------------------------------------------------------------------------------------
// e. Calendar month switch

async function monthSwitch(browser, large) {
  const context = await seededContext(browser, large);
  const page = await context.newPage();
  await page.goto(`${base}#/content`);
  await waitInteractive(page);
  await page.locator('.calendar-chip').first().waitFor();
  const times = [];
  const chips = [];
  for (let i = 0; i < MONTH_SWITCHES; i++) {
    const before = await page.locator('#calendar-period').textContent();
    times.push(await page.evaluate(async (before) => {
      const t0 = performance.now();
      document.querySelectorAll('.calendar-toolbar__nav button')[2].click();
      while (document.querySelector('#calendar-period')?.textContent === before) {
        await new Promise((r) => setTimeout(r, 0));
      }
      // The frame that shows the new month, then the task after it (the frame has been produced).
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }, before));
    chips.push(await page.locator('.calendar-chip').count());
  }
  await context.close();
  notes.push('e: click on the next-month button to the task after the first animation frame once the period title changed (as in e2e/tests/calendar.spec.ts); items spread over the 12 months from this one.');
  record(`e. calendar next month (${SIZES.calendar} items, ${Math.min(...chips)}–${Math.max(...chips)} chips drawn per month)`, 'ms', times);
}

// ---------------------------------------------------------------------------------------------
// f. Lighthouse

const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LH_METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
];

function lighthouseOnce(preset) {
  const cli = path.join(e2eDir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    cli, base, '--quiet', '--output=json', '--output-path=stdout',
    `--only-categories=${LH_CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  const out = execFileSync(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.toString('utf8'));
}

async function lighthouse() {
  const cli = path.join(e2eDir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (process.env.BENCH_SKIP_LIGHTHOUSE) {
    recordValue('f. Lighthouse', '', 'not available: BENCH_SKIP_LIGHTHOUSE is set', 0);
    return;
  }
  if (!fs.existsSync(cli)) {
    recordValue('f. Lighthouse', '', 'not available: lighthouse is not installed in e2e/node_modules (npm ci)', 0);
    return;
  }
  const version = JSON.parse(fs.readFileSync(path.join(e2eDir, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  const server = await startServer(true);
  try {
    for (const preset of ['mobile', 'desktop']) {
      const reports = [];
      for (let i = 0; i < lighthouseRuns; i++) {
        log(`Lighthouse ${version} ${preset} run ${i + 1}/${lighthouseRuns}`);
        reports.push(lighthouseOnce(preset));
      }
      for (const category of LH_CATEGORIES) {
        const scores = reports.map((r) => Math.round((r.categories[category]?.score ?? NaN) * 100));
        record(`f. Lighthouse ${version} ${preset}: ${category}`, 'score', scores, 0);
      }
      for (const [audit, label, unit] of LH_METRICS) {
        const values = reports.map((r) => r.audits[audit]?.numericValue ?? NaN);
        record(`f. Lighthouse ${preset}: ${label}`, unit, values, unit === 'ms' ? 0 : 3);
      }
    }
    notes.push(`f: Lighthouse ${version} CLI, ${lighthouseRuns} run(s) per preset, simulated throttling (its default), release build served by serve.py --gzip.`);
  } catch (err) {
    recordValue('f. Lighthouse', '', `not available: ${String(err.message ?? err).split('\n')[0]}`, 0);
  } finally {
    await stopServer(server);
  }
}


// ---------------------------------------------------------------------------------------------
// g. First-visit transfer and the piece per step (gzip-served, like a real static host)

const STEP_SLUGS = ['personas', 'voice', 'goals', 'team', 'content', 'handbook'];

/** Collects every finished response of `page` as { url, bytes } (bytes = encoded body + headers,
 * what went over the wire). */
function watchTransfers(page) {
  const seen = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) seen.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  return seen;
}

const fileName = (url) => new URL(url).pathname.slice(prefix.length) || 'index.html';
const sum = (list) => list.reduce((total, item) => total + item.bytes, 0);

async function firstVisitTransfer(browser) {
  const server = await startServer(true);
  try {
    const firstLoads = [];
    const perStep = Object.fromEntries(STEP_SLUGS.map((slug) => [slug, []]));
    let lastFiles = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext(contextOptions);
      const page = await context.newPage();
      const seen = watchTransfers(page);
      await page.goto(base);
      await page.getByRole('button', { name: 'Start the plan' }).click();
      // Usable: step 1's first field takes typing.
      const vision = page.getByLabel(/Long-term vision/);
      await vision.fill('x');
      await page.waitForLoadState('networkidle');
      firstLoads.push(sum(seen));
      lastFiles = seen.map((r) => `${fileName(r.url)} ${r.bytes}`);
      for (const slug of STEP_SLUGS) {
        const before = seen.length;
        await page.locator(`.step-rail a[href="#/${slug}"]`).click();
        await page.locator('#step-title').waitFor();
        await page.waitForLoadState('networkidle');
        perStep[slug].push(sum(seen.slice(before).filter((r) => r.url.endsWith('.wasm'))));
      }
      await context.close();
    }
    record('g. first visit to a usable step 1 (bare address, fresh profile, Start the plan)', 'KB', firstLoads.map((b) => b / 1000));
    for (const slug of STEP_SLUGS) record(`g. piece fetched on first opening ${slug}`, 'KB', perStep[slug].map((b) => b / 1000));
    notes.push(`g: served by serve.py --gzip; bytes over the wire (encoded body + headers) of every response the page received, from the bare address until step 1's first field took a keystroke and the network was idle (the service worker registers 3 s later, after this). Files of the last run: ${lastFiles.join(', ')}. Per step: the .wasm bytes fetched when its rail link was first clicked (hovering it starts the download; the step after the current one is fetched ahead, so it may come earlier and count 0 here).`);
  } finally {
    await stopServer(server);
  }
}

// ---------------------------------------------------------------------------------------------

function table() {
  const head = ['figure', 'median', 'min', 'max', 'unit', 'runs'];
  const body = rows.map((r) => [r.figure, String(r.median), r.min === null ? '' : String(r.min), r.max === null ? '' : String(r.max), r.unit, String(r.runs)]);
  // A row whose value is a sentence ("not available: …") is printed after its figure as is.
  const numeric = body.filter((_, i) => typeof rows[i].median === 'number');
  const widths = head.map((h, i) => Math.max(h.length, ...[...numeric, ...body.map((b) => [b[0]])].map((b) => (b[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const text = (cells) => `${cells[0].padEnd(widths[0])}  ${cells[1]}`;
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map((b, i) => (typeof rows[i].median === 'number' ? line(b) : text(b)))].join('\n');
}

/**
 * h. The facilitator picks 40 hand-in files at once (the large plan, tagged for 20 tables of the
 * session, two versions each). Timed in the page: from the file input's `change` event to the
 * first frame in which all 40 rows are listed and the strategy comparison names the last table.
 */
async function workshopCollect(browser, large) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-handins-'));
  const file = JSON.parse(large.fileText);
  const samples = [];
  let storedNote = '';
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    await page.goto(`${base}#/workshop`);
    await page.locator('.workshop-setup').waitFor({ timeout: 60_000 });
    while ((await page.locator('.workshop-table input').count()) < 20) {
      await page.locator('#workshop-table-add').click();
    }
    const session = await (await page.waitForFunction(() => {
      const id = localStorage.getItem('social-playbook/v1/workshop-current');
      const record = id && JSON.parse(localStorage.getItem(`social-playbook/v1/workshop/${id}`) ?? 'null');
      return record && record.session.tables.length === 20 ? record.session : false;
    })).jsonValue();
    const files = [];
    for (let i = 0; i < 40; i++) {
      const table = session.tables[i % 20];
      const version = Math.floor(i / 20) + 1;
      const plan = {
        ...file.plan,
        name: `${table} v${version}`,
        updated_at: new Date(Date.now() + version * 60_000).toISOString(),
        workshop: { session_id: session.id, session_name: session.name, table, joined_at: new Date().toISOString() },
      };
      const where = path.join(dir, `handin-${run}-${i}.json`);
      fs.writeFileSync(where, JSON.stringify({ ...file, plan }));
      files.push(where);
    }
    const lastTable = session.tables[19];
    await page.evaluate((lastTable) => {
      window.__collected = new Promise((resolve) => {
        const input = document.querySelector('input.collect-files');
        input.addEventListener('change', (event) => {
          const started = event.timeStamp;
          const check = () => {
            const rows = document.querySelectorAll('.collect-row').length;
            const compared = document.querySelector('.compare-step[data-step=strategy]');
            if (rows >= 40 && compared && compared.textContent.includes(lastTable)) {
              resolve(performance.now() - started);
            } else {
              requestAnimationFrame(check);
            }
          };
          requestAnimationFrame(check);
        }, { once: true, capture: true });
      });
    }, lastTable);
    await page.locator('input.collect-files').setInputFiles(files);
    samples.push(await page.evaluate(() => window.__collected));
    const ok = await page.locator('.collect-row[data-status=ok]').count();
    if (ok !== 40) throw new Error(`workshop: ${ok} of 40 hand-ins collected as ok`);
    storedNote = await page.evaluate(() => {
      const id = localStorage.getItem('social-playbook/v1/workshop-current');
      const text = localStorage.getItem(`social-playbook/v1/workshop/${id}`) ?? '';
      return `${JSON.parse(text || '{"collection":{"rows":[]}}').collection.rows.length} rows in storage (${(text.length / 1024).toFixed(0)} KiB)`;
    });
    await context.close();
  }
  fs.rmSync(dir, { recursive: true, force: true });
  record('h. workshop: collect 40 large hand-ins (files) and compare 20 tables', 'ms', samples);
  notes.push(`h: ${(file.plan ? large.fileText.length * 40 / 1048576 : 0).toFixed(1)} MiB of hand-ins in 40 files picked at once; after the last run ${storedNote}.`);
}

async function main() {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error(`${distDir} has no index.html: run \`make dist\` first`);
  const started = new Date();
  const server = await startServer(false);
  const browser = await chromium.launch(launchOptions);
  let large;
  try {
    log('building the large plan');
    large = await makeLargePlan(browser);
    log('checking that the app opens it');
    await verifyLargePlan(browser, large);
    log('letting the app write it');
    await rewriteAsTheAppDoes(browser, large);
    if (wanted('a')) {
      log('a. cold load');
      await coldLoad(browser, large);
    }
    if (wanted('b')) {
      log('b. import');
      await importRatio(browser, large);
    }
    if (wanted('c', 'd')) {
      log('c/d. typing and autosave');
      await typingAndSaving(browser, large);
    }
    if (wanted('e')) {
      log('e. calendar month switch');
      await monthSwitch(browser, large);
    }
    if (wanted('h')) {
      log('h. workshop collect and compare');
      await workshopCollect(browser, large);
    }
  } finally {
    await browser.close();
    await stopServer(server);
  }
  if (wanted('g')) {
    log('g. first-visit transfer');
    const fresh = await chromium.launch(launchOptions);
    try {
      await firstVisitTransfer(fresh);
    } finally {
      await fresh.close();
    }
  }
  if (wanted('f')) {
    log('f. Lighthouse');
    await lighthouse();
  }

  const browserVersion = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  // Table order by figure letter (c and d are measured on one page, keystrokes first).
  rows.sort((a, b) => a.figure.charCodeAt(0) - b.figure.charCodeAt(0));
  const text = table();
  console.log(`Social Playbook benchmark, ${started.toISOString()}, ${browserVersion}`);
  console.log(`Large plan: ${SIZES.calendar} calendar items, ${SIZES.personas} personas, ${SIZES.goals} goals; stored ${(large.storedText.length / 1024).toFixed(0)} KiB, file ${(large.fileText.length / 1024).toFixed(0)} KiB.`);
  console.log('');
  console.log(text);
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  const json = {
    started_at: started.toISOString(),
    browser: browserVersion,
    runs,
    plan: { ...SIZES, stored_bytes: large.storedText.length, file_bytes: large.fileText.length },
    rows,
    notes,
  };
  fs.writeFileSync(path.join(here, 'last-run.json'), `${JSON.stringify(json, null, 2)}\n`);
}

main().catch((err) => {
  console.error(`bench failed: ${err.stack ?? err}`);
  process.exit(1);
});
