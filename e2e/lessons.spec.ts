/**
 * The lessons journey: each lesson opened by its link (`&lesson=NAME`) and walked to the end
 * with a prediction and Reveal at every prompt, the revealed number checked against the same
 * number shown elsewhere on the page (the gradient bars, the timeline's readout, the Model
 * panel's loss, the Training counters, the comparison's table, the Memory tab); a teacher's
 * link with `hide=palette&lock=cell` shows the lesson without the palette and refuses edits;
 * an unknown lesson lists the lessons; the Lessons menu opens one with its preset. Also the
 * `?` overlay and the page-wide keys. Saves `lesson.png` and `shortcuts.png`.
 */
import { expect, test, type Page } from '@playwright/test';
import { cellDiagram, outputPoints, screenshotPath, SCREENSHOT } from './fixtures';
import { linkFragment, presetJson, readableLink } from './shareFixtures';

const panel = (page: Page) => page.getByTestId('lesson-panel');
const answer = (page: Page) => panel(page).getByTestId('lesson-answer');
const progress = (page: Page) => panel(page).getByTestId('lesson-progress');

/** A number as the page prints it (true minus sign, thousands separators). */
const numberIn = (text: string, pattern: RegExp): number => {
  const match = pattern.exec(text);
  if (!match) throw new Error(`no ${pattern} in '${text}'`);
  return Number(match[1].replace('\u2212', '-').replace(/,/g, ''));
};
const NUM = '(\u2212?[\\d,]+\\.?\\d*)';

/** Opens lesson `name` by a link to `preset` (plus `flags`), and waits for the lab and the panel. */
async function openByLink(page: Page, name: string, preset: string, flags = ''): Promise<void> {
  await page.goto(readableLink(presetJson(preset), `&lesson=${name}${flags}`));
  await expect(outputPoints(page).first()).toBeVisible({ timeout: 20_000 });
  await expect(panel(page)).toBeVisible();
  await expect(progress(page)).toHaveText(/^Step 1 of \d$/);
}

/** Chooses option `label` (or types `label` into the number field), presses Reveal, and returns the lab's answer. */
async function predictAndReveal(page: Page, label: string, typed = false): Promise<string> {
  if (typed) await panel(page).getByRole('textbox').fill(label);
  else await panel(page).getByRole('radio', { name: label, exact: true }).check();
  await panel(page).getByRole('button', { name: 'Reveal' }).click();
  await expect(answer(page)).toBeVisible({ timeout: 30_000 });
  return answer(page).innerText();
}

/** Presses a lesson button. */
const act = (page: Page, name: string | RegExp) => panel(page).getByRole('button', { name }).click();

/** Goes to the next step and checks the progress reads step `k`. */
async function next(page: Page, k: number): Promise<void> {
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expect(progress(page)).toHaveText(new RegExp(`^Step ${k} of`));
}

/** The timeline readout of occurrence `gate` at `step` of the chosen parameter (focus reads it out). */
async function readoutAt(page: Page, gate: number, step: number): Promise<string> {
  await page.locator(`.tl-occurrence[data-gate="${gate}"][data-step="${step}"]`).focus();
  const readout = page.getByTestId('timeline-readout');
  await expect(readout).toHaveText(new RegExp(`step ${step}: contribution`));
  return readout.innerText();
}

/** Opens the Explain panel from a lesson button, checks it, and closes it with Escape. */
async function explainAndClose(page: Page, name: string | RegExp): Promise<void> {
  await act(page, name);
  await expect(page.getByTestId('explain-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('explain-panel')).toHaveCount(0);
}

/** Finishes the lesson on its last step: the panel closes and the link drops lesson=. */
async function finish(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: 'Finish' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('lesson=');
}

test('one-qubit: ŷ = cos θ, the shifted pair, the sign of dL/dθ and one step, each read from the lab', async ({ page }) => {
  await openByLink(page, 'one-qubit', 'one-qubit.json');
  const y = numberIn(await predictAndReveal(page, '0.83', true), new RegExp(`ŷ = ${NUM}`));
  expect(y).toBeCloseTo(Math.cos(0.6), 3);
  const loss = Number(await page.getByTestId('loss-value').innerText());
  expect(y * y).toBeCloseTo(loss, 2);
  await expect(panel(page).getByText('Not this time')).toHaveCount(0);

  await next(page, 2);
  await explainAndClose(page, 'Explain theta at step 0');
  const shifted = await predictAndReveal(page, 'θ − π/2');
  expect(numberIn(shifted, new RegExp(`half-difference is ${NUM}`))).toBeCloseTo(-Math.sin(0.6), 3);

  await next(page, 3);
  const gradient = await predictAndReveal(page, 'Negative');
  const bars = await page.getByTestId('gradient-bars').locator('.bars-sum').textContent();
  expect(numberIn(gradient, new RegExp(`dL/dθ = ${NUM}`))).toBe(numberIn(bars ?? '', new RegExp(`Σ ${NUM}`)));
  await expect(panel(page).getByText('As you predicted')).toBeVisible();

  await next(page, 4);
  await act(page, 'Step one epoch');
  await expect(page.getByTestId('training-epoch')).toHaveText('1', { timeout: 20_000 });
  expect(await predictAndReveal(page, 'Larger')).toMatch(/^After epoch 1, θ = 0\.650 \(it started at 0\.600\)\.$/);

  await next(page, 5);
  await finish(page);
});

test('same-gate: four occurrences, their contributions as the timeline reads them, and their sum as the adjoint gradient', SCREENSHOT, async ({ page }) => {
  await openByLink(page, 'same-gate', 'shared-gate.json');
  await act(page, 'Choose theta in the timeline');
  await expect(page.getByRole('combobox', { name: 'Parameter' })).toHaveValue('theta');
  // The timeline comes into view with the occurrences it lights, not just its heading.
  await expect(page.locator('.tl-occurrence.is-chosen').first()).toBeInViewport();
  expect(await predictAndReveal(page, 'Four')).toContain('4 occurrences');
  await expect(page.locator('.tl-occurrence.is-chosen')).toHaveCount(4);

  await next(page, 2);
  const listed = await predictAndReveal(page, 'Yes');
  await expect(panel(page).getByText(/Not this time: you said Yes; the lab says No/)).toBeVisible();
  await page.screenshot({ path: screenshotPath('lesson.png') });
  for (let t = 0; t < 4; t++) {
    const fromTimeline = numberIn(await readoutAt(page, 2, t), new RegExp(`contribution ${NUM}`));
    expect(numberIn(listed, new RegExp(`step\\s${t}:\\s${NUM}`)), `step ${t}`).toBe(fromTimeline);
  }

  await next(page, 3);
  await act(page, 'Show the Occurrences tab');
  await expect(page.getByRole('tab', { name: 'Occurrences' })).toHaveAttribute('aria-selected', 'true');
  await explainAndClose(page, 'Explain theta at step 1');
  expect(await predictAndReveal(page, 'Step 1')).toMatch(/^Step 1: −0\.432\./);

  await next(page, 4);
  const sum = await predictAndReveal(page, 'Yes, to rounding');
  const bars = await page.getByTestId('gradient-bars').locator('.bars-sum').textContent();
  expect(numberIn(sum, new RegExp(`contributions = ${NUM}`))).toBeCloseTo(numberIn(bars ?? '', new RegExp(`Σ ${NUM}`)), 3);
  expect(numberIn(sum, new RegExp(`adjoint dL/dθ = ${NUM}`))).toBeCloseTo(numberIn(sum, new RegExp(`contributions = ${NUM}`)), 9);

  await next(page, 5);
  await act(page, 'Step one epoch');
  await expect(page.getByTestId('training-epoch')).toHaveText('1', { timeout: 20_000 });
  await finish(page);
});

test('measure-reset: parameter-shift equals the adjoint per occurrence, costs eight runs, and shifting all at once is wrong', async ({ page }) => {
  await openByLink(page, 'measure-reset', 'shared-gate.json');
  await act(page, 'Choose theta in the timeline');
  await next(page, 2);
  const table = await predictAndReveal(page, 'Yes, to rounding');
  await expect(panel(page).getByText('As you predicted')).toBeVisible();
  for (let t = 0; t < 4; t++) {
    const [shift, adjoint] = [new RegExp(`step ${t}: ${NUM} vs`), new RegExp(`step ${t}: \u2212?[\\d.]+ vs ${NUM}`)].map((p) => numberIn(table, p));
    expect(shift).toBeCloseTo(adjoint, 9);
    expect(numberIn(await readoutAt(page, 2, t), new RegExp(`contribution ${NUM}`))).toBeCloseTo(adjoint, 3);
  }

  await next(page, 3);
  await explainAndClose(page, 'Explain theta at step 1');
  expect(await predictAndReveal(page, '8')).toContain('4 occurrences × 2 shifted runs (the two-term rule) = 8 executions');

  await next(page, 4);
  const mistake = await predictAndReveal(page, 'No');
  expect(numberIn(mistake, new RegExp(`Shifted at once: ${NUM}`))).not.toBeCloseTo(numberIn(mistake, new RegExp(`dL/dθ: ${NUM}`)), 2);
  await finish(page);
});

test('spsa-vs-shift: the bills match the Training counters and the RMSEs the comparison table', async ({ page }) => {
  await openByLink(page, 'spsa-vs-shift', 'spsa.json');
  await next(page, 2);
  await act(page, 'Step one epoch');
  await expect(page.getByTestId('training-epoch')).toHaveText('1', { timeout: 20_000 });
  const spsa = await predictAndReveal(page, 'Under 100');
  expect(numberIn(spsa, new RegExp(`cost ${NUM} circuit executions`))).toBe(numberIn(await page.getByTestId('circuit-executions').innerText(), new RegExp(NUM)));
  expect(numberIn(spsa, new RegExp(`and ${NUM} shots`))).toBe(numberIn(await page.getByTestId('shots').innerText(), new RegExp(NUM)));

  await next(page, 3);
  await act(page, 'Load sine.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sine prediction, 1 data + 2 hidden');
  await act(page, 'Step one epoch');
  await expect(page.getByTestId('training-epoch')).toHaveText('1', { timeout: 20_000 });
  const shift = await predictAndReveal(page, 'Over 1,000');
  expect(numberIn(shift, new RegExp(`cost ${NUM} circuit executions`))).toBe(numberIn(await page.getByTestId('circuit-executions').innerText(), new RegExp(NUM)));

  await next(page, 4);
  await act(page, 'Compare methods for dL/da');
  const compare = page.getByTestId('compare-panel');
  await expect(compare.getByTestId('compare-table')).toBeVisible({ timeout: 60_000 });
  const rmseOf = async (method: string) => {
    const row = compare.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: method }) }).filter({ has: page.getByRole('cell', { name: '1,000', exact: true }) });
    return numberIn(await row.locator('td').nth(5).innerText(), new RegExp(NUM));
  };
  const [shiftRmse, spsaRmse] = [await rmseOf('parameter-shift'), await rmseOf('SPSA')];
  await page.keyboard.press('Escape');
  const closer = await predictAndReveal(page, 'Parameter-shift');
  expect(numberIn(closer, new RegExp(`parameter-shift ${NUM} for`))).toBeCloseTo(shiftRmse, 4);
  expect(numberIn(closer, new RegExp(`SPSA ${NUM} for`))).toBeCloseTo(spsaRmse, 4);

  await next(page, 5);
  await finish(page);
});

test('vanishing-memory: the factor per step is the Memory tab’s', async ({ page }) => {
  await openByLink(page, 'vanishing-memory', 'long-sequence.json');
  await act(page, 'Choose a in the timeline');
  await next(page, 2);
  await act(page, 'Show the Memory tab');
  const memory = page.getByTestId('memory-chart');
  await expect(memory.locator('.memory-factor')).toHaveText(/per step/, { timeout: 30_000 });
  const fromChart = numberIn((await memory.locator('.memory-factor').textContent()) ?? '', new RegExp(`× ${NUM} per step`));
  const fades = await predictAndReveal(page, 'It fades');
  expect(numberIn(fades, new RegExp(`× ${NUM} per step`))).toBeCloseTo(fromChart, 3);

  await next(page, 3);
  const guess = await predictAndReveal(page, fromChart.toFixed(2), true);
  expect(numberIn(guess, new RegExp(`× ${NUM} per step`))).toBeCloseTo(fromChart, 3);
  await expect(panel(page).getByText('As you predicted')).toBeVisible();

  await next(page, 4);
  await panel(page).getByRole('button', { name: 'Back' }).click();
  await expect(progress(page)).toHaveText(/^Step 3 of 4$/);
  await page.keyboard.press(']');
  await expect(progress(page)).toHaveText(/^Step 4 of 4$/);
  await finish(page);
});

test('memory-beside: the QRNN re-runs exactly, the QLSTM\'s re-run is the Explain panel\'s common mistake, and its bias is the measured one', async ({ page }) => {
  test.setTimeout(120_000);
  await openByLink(page, 'memory-beside', 'sine.json');
  await explainAndClose(page, 'Explain a at step 0');
  expect(await predictAndReveal(page, 'Yes')).toMatch(/Σ of the \d+ contributions/);
  await expect(panel(page).getByText('As you predicted')).toBeVisible();

  await next(page, 2);
  await act(page, 'Load qlstm-sine.json');
  await expect(page.getByRole('heading', { name: 'One step of the QLSTM' })).toBeVisible();
  await act(page, 'Explain g.0.1.beta at step 3');
  const sheet = page.getByTestId('explain-panel');
  await sheet.getByRole('checkbox', { name: 'Show the common mistake' }).check();
  const mistake = (await sheet.getByTestId('qlstm-mistake').textContent()) ?? '';
  await page.keyboard.press('Escape');
  const wrong = await predictAndReveal(page, 'Yes');
  await expect(panel(page).getByText('Not this time')).toBeVisible();
  // The revealed whole-sequence value is the one the panel shows.
  expect(mistake.length).toBeGreaterThan(0);
  expect(wrong).toContain(`The whole-sequence shift gives ${mistake}`);

  await next(page, 3);
  await explainAndClose(page, 'Explain y.0.0.alpha at step 5');
  await predictAndReveal(page, 'Yes');
  await expect(panel(page).getByText('As you predicted')).toBeVisible();

  await next(page, 4);
  await act(page, 'Measure the bias at 10 shots');
  await expect(page.getByTestId('explain-panel').getByTestId('qlstm-bias-result')).toBeVisible({ timeout: 30_000 });
  const beyond = await page.getByTestId('explain-panel').getByTestId('qlstm-bias-result').locator('tbody tr').first().locator('td').last().textContent();
  await page.keyboard.press('Escape');
  await predictAndReveal(page, beyond === 'yes' ? 'No' : 'Yes');
  await expect(panel(page).getByText('As you predicted')).toBeVisible();
  await next(page, 5);
  await finish(page);
});

test('a teacher link with hide=palette and lock=cell: the lesson without the palette, and the cell refuses edits', async ({ page }) => {
  await openByLink(page, 'same-gate', 'shared-gate.json', '&hide=palette&lock=cell');
  await expect(panel(page).getByRole('heading', { name: 'The same gate at every step' })).toBeVisible();
  await expect(page.locator('[data-panel="palette"]')).toBeHidden();
  await expect(page.getByText('Locked by the link: the cell can be studied, not edited.', { exact: true })).toBeVisible();
  const gates = cellDiagram(page).locator('[data-gate-index]');
  const before = await gates.count();
  expect(before).toBe(5);
  await gates.nth(2).click({ force: true });
  for (const key of ['h', 'Delete', 'Control+z']) await page.keyboard.press(key);
  await expect(gates).toHaveCount(before);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await act(page, 'Choose theta in the timeline');
  expect(await predictAndReveal(page, 'Four')).toContain('4 occurrences');
  expect(await linkFragment(page)).toMatch(/&hide=palette&lock=cell&lesson=same-gate$/);
});

test('an unknown lesson lists the lessons, and the Lessons menu opens one with its preset', async ({ page }) => {
  await page.goto(readableLink(presetJson('sine.json'), '&lesson=shift-rulez'));
  await expect(panel(page).getByRole('heading', { name: 'No such lesson' })).toBeFocused({ timeout: 20_000 });
  await expect(panel(page)).toContainText("The link asks for the lesson 'shift-rulez', which this lab does not have.");
  for (const name of ['one-qubit', 'same-gate', 'measure-reset', 'spsa-vs-shift', 'vanishing-memory']) await expect(panel(page).getByText(name, { exact: true })).toBeVisible();
  await panel(page).getByRole('button', { name: /^The shift rule by hand/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('One qubit, one parameter');
  await expect(progress(page)).toHaveText('Step 1 of 5');

  // The menu's keyboard (src/ui/menuKeys.ts): End and Home, then Escape back to its button.
  await page.getByRole('button', { name: 'Lessons' }).click();
  const items = page.getByRole('menu', { name: 'Lessons' }).getByRole('menuitem');
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Lessons' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lessons' })).toBeFocused();

  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { name: 'Measurement does not break the rule' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The same gate at every step');
  await expect(panel(page).getByRole('heading', { name: 'A measurement in every step' })).toBeFocused();
  await panel(page).getByRole('button', { name: 'Close the lesson' }).click();
  await expect(panel(page)).toHaveCount(0);
});

test('? lists every shortcut and Escape closes it; . steps, Space plays and pauses, Ctrl+S saves, and typing ? in a field types it', SCREENSHOT, async ({ page }) => {
  await page.goto(readableLink(presetJson('one-qubit.json'), '&lesson=one-qubit'));
  await expect(outputPoints(page).first()).toBeVisible({ timeout: 20_000 });
  await panel(page).getByRole('textbox').fill('0.5?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await blur();
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(overlay).toBeVisible();
  for (const row of ['Play or pause training', 'Step: train one epoch', 'Save the experiment as a file', 'Undo', 'Place that gate in the cursor’s slot', 'Place RY with a new parameter', 'Explain this occurrence', 'Next step of the open lesson', 'Switch tab']) {
    await expect(overlay.getByRole('row', { name: new RegExp(row) }).first()).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath('shortcuts.png') });
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(overlay).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();

  await blur();
  await page.keyboard.press('.');
  await expect(page.getByTestId('training-epoch')).toHaveText('1', { timeout: 20_000 });
  await expect(page.getByTestId('training-status')).toHaveText('Paused');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('training-status')).not.toHaveText('Paused');
  await expect(page.getByTestId('training-announcer')).toHaveText(/^Training finished at epoch 40 of 40, train loss \d\.\d{4}\.$/, { timeout: 30_000 });

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  expect((await download).suggestedFilename()).toBe('one-qubit-one-parameter.json');
});

test('by keyboard: a number that is none is named under the field, Enter reveals, the answer takes the focus, and closing returns it to Lessons', async ({ page }) => {
  await openByLink(page, 'one-qubit', 'one-qubit.json');
  const field = panel(page).getByRole('textbox');
  for (const bad of ['abc', '1e999']) {
    await field.fill(bad);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(`“${bad}” is not a number: type one like 0.8 or −1.2e-3.`);
    await expect(panel(page).getByRole('button', { name: 'Reveal' })).toBeDisabled();
  }
  await field.fill('0.83');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(field).toHaveAccessibleDescription('Right when within ±0.02 of the lab’s value.');
  await field.press('Enter');
  await expect(answer(page)).toBeVisible({ timeout: 30_000 });
  // Reveal is now disabled: the focus is on the answer it shows, not on the page.
  expect(await page.evaluate(() => document.activeElement?.classList.contains('lesson-result-focus'))).toBe(true);
  await panel(page).getByRole('button', { name: 'Close the lesson' }).press('Enter');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lessons', exact: true })).toBeFocused();
});
