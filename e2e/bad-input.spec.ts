/**
 * The bad-input journey: broken links (truncated, random base64, an unknown version, a
 * readable link with an invalid gate, a "zip bomb" that inflates to 50 MB, a fragment past
 * the length limit), a bad experiment file (not JSON, an invalid gate, too large, dropped on
 * the page) and a bad CSV (unclosed quote, a text cell in the chosen column) each show a
 * message that names what is wrong, and the autosaved experiment stays. A good CSV, for
 * contrast, becomes the series. No request leaves the app's origin, and nothing from a link
 * runs or breaks the Content Security Policy.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { deflateRawSync } from 'node:zlib';
import { openLab } from './fixtures';
import { autosavedAs, experimentName, foreignRequests, loadMessage, presetJson, readableLink, recordRequests, recordViolations, violations } from './shareFixtures';

const ONE_QUBIT = presetJson('one-qubit.json').name;

/** Opens the lab in `context`, loads the one-qubit preset and waits until it is autosaved. */
async function autosaveOneQubit(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await openLab(page);
  await page.getByRole('combobox', { name: 'Preset' }).selectOption('one-qubit.json');
  await autosavedAs(page, ONE_QUBIT);
  await page.close();
}

const invalidGate = () => {
  const sine = presetJson('sine.json') as unknown as { model: { cell: { gate: string }[] } };
  sine.model.cell[2].gate = 'RQ';
  return sine;
};

const BROKEN_LINKS: [string, string, RegExp][] = [
  ['a truncated link', '/#e=1.', /The link was not loaded: the link is truncated or corrupted: the compressed data does not inflate\./],
  ['random base64', '/#e=1.q83vEjRWeJq8zN7wES', /The link was not loaded: the link is truncated or corrupted: its data is not base64url text\./],
  ['an unknown version', '/#e=7.abc', /unknown link version '7'/],
  ['a readable link with an invalid gate', readableLink(invalidGate()), /The link was not loaded: the link's experiment is invalid: model\.cell\[2\]\.gate: .*'RQ'/],
  ['a zip bomb', `/#e=1.${deflateRawSync(Buffer.alloc(50_000_000)).toString('base64url')}`, /inflates to more than 1 MiB.*it is refused/],
  ['an oversized fragment', `/#e=1.${'A'.repeat(300_000)}`, /the link is too long: 300,005 characters, and this lab reads at most 262,144/],
];

for (const [what, link, message] of BROKEN_LINKS) {
  test(`${what} is refused by name and the autosaved experiment stays`, async ({ context }) => {
    await autosaveOneQubit(context);
    const page = await context.newPage();
    const requests = recordRequests(page);
    await recordViolations(page);
    await page.goto(link);
    await expect(loadMessage(page)).toContainText(message);
    await expect(loadMessage(page)).toContainText('The current experiment is unchanged.');
    await expect(experimentName(page)).toHaveText(ONE_QUBIT);
    expect(foreignRequests(requests)).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
}

/** Chooses `name` with `content` in the file picker that Open file (or Load CSV) opens. */
async function chooseFile(page: Page, button: string, name: string, content: string | Buffer, mimeType = 'application/json'): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button, exact: true }).click()]);
  await chooser.setFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

test('a bad experiment file is refused with the field and reason; the experiment is unchanged', async ({ page }) => {
  const requests = recordRequests(page);
  await openLab(page);
  const name = await experimentName(page).textContent();
  const params = await page.locator('.param-table').textContent();

  await chooseFile(page, 'Open file', 'notes.json', 'these are my notes, not JSON');
  await expect(loadMessage(page)).toContainText('notes.json was not loaded: this is not valid JSON');
  await chooseFile(page, 'Open file', 'rq.json', JSON.stringify(invalidGate()));
  await expect(loadMessage(page)).toContainText(/rq\.json was not loaded: model\.cell\[2\]\.gate: .*'RQ'/);
  await chooseFile(page, 'Open file', 'huge.json', Buffer.alloc(6 * 1024 * 1024, 32));
  await expect(loadMessage(page)).toContainText('huge.json was not loaded: the file is 6.0 MB, and the lab reads files of up to 5.0 MB.');

  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(invalidGate()));
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: dropped });
  await expect(loadMessage(page)).toContainText(/dropped\.json was not loaded: model\.cell\[2\]\.gate/);

  await expect(experimentName(page)).toHaveText(name ?? '');
  await expect(page.locator('.param-table')).toHaveText(params ?? '');
  expect(foreignRequests(requests)).toEqual([]);
});

test('a bad CSV shows the row and column and changes nothing; a good one becomes the series', async ({ page }) => {
  const requests = recordRequests(page);
  await openLab(page);
  const summary = page.getByTestId('data-summary');
  await expect(summary).toHaveText('sine wave, window 12, horizon 1, split 0.75');

  await chooseFile(page, 'Load CSV', 'broken.csv', 'time,value\n0,"1.5\n1,2\n', 'text/csv');
  await expect(loadMessage(page)).toContainText(/broken\.csv was not loaded: row 2: a quoted field opened on line 2 is never closed/);

  const rows = Array.from({ length: 40 }, (_, t) => `${t},${t === 17 ? 'n/a' : Math.sin(t / 3).toFixed(4)},${(t % 5) / 5}`);
  await chooseFile(page, 'Load CSV', 'gappy.csv', `time,value,phase\n${rows.join('\n')}\n`, 'text/csv');
  const picker = page.getByRole('dialog', { name: 'Choose a CSV column' });
  await picker.getByRole('radio', { name: 'value: 39 of 40 rows are numbers' }).check();
  await picker.getByRole('button', { name: 'Use column' }).click();
  await expect(picker.getByTestId('csv-problem')).toContainText("row 19, column 'value': 'n/a' is not a number");
  await expect(picker.getByTestId('csv-problem')).toContainText('The experiment is unchanged.');
  await picker.getByRole('button', { name: 'Cancel' }).click();
  await expect(summary).toHaveText('sine wave, window 12, horizon 1, split 0.75');

  await chooseFile(page, 'Load CSV', 'good.csv', `time,value,phase\n${rows.map((r) => r.replace('n/a', '0.5')).join('\n')}\n`, 'text/csv');
  // The time column only rises: the picker passes over it to the series, and says why.
  await expect(picker.getByRole('radio', { name: 'value: 40 numbers' })).toBeChecked();
  await expect(picker.getByTestId('csv-choice-reason')).toHaveText('Chose “value”: it is the first column of numbers that goes both up and down; “time” only rises or falls, like a time or an index.');
  await picker.getByRole('button', { name: 'Use column' }).click();
  await expect(picker).toHaveCount(0);
  await expect(summary).toHaveText("CSV column 'value', window 12, horizon 1, split 0.75");
  expect(foreignRequests(requests)).toEqual([]);
});
