import { readFileSync, readdirSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseExperimentText } from '../model/parse';
import { serializeExperiment } from '../model/serialize';
import type { Experiment } from '../model/types';
import { encodeBase64url } from './base64url';
import { LINK_BUDGET, LinkTooLongError, MAX_FRAGMENT_CHARS, decodeLink, encodeLink, encodeReadableLink, linkBudget, linkFits, type LinkResult } from './link';
import { pathToFileURL } from 'node:url';
import { CASE_NAMES, casePath } from '../testing/cases';

const root = new URL('../../', import.meta.url);
const presetDir = new URL('public/experiments/', root);

function load(url: URL): Experiment {
  const parsed = parseExperimentText(readFileSync(url, 'utf8'));
  if (!parsed.ok) throw new Error(`${url.pathname}: ${JSON.stringify(parsed.errors)}`);
  return parsed.experiment;
}

// QLSTM presets (docs/spec.md §7) are refused by the page's links until the page shows them (linkQlstm.test.ts).
const isQlstm = (f: string) => (JSON.parse(readFileSync(new URL(f, presetDir), 'utf8')) as { model?: { kind?: string } }).model?.kind === 'qlstm';
const presets = readdirSync(presetDir).filter((f) => f.endsWith('.json') && !isQlstm(f)).map((f) => [f, load(new URL(f, presetDir))] as const);
const fixtures = CASE_NAMES.map((name) => [`${name}.json`, load(pathToFileURL(casePath(name)))] as const);
const sine = presets.find(([f]) => f === 'sine.json')?.[1] as Experiment;

function errorsOf(r: LinkResult): string[] {
  return r.ok ? [] : r.errors.map((e) => e.message);
}

/** A compressed link around arbitrary JSON text. */
function packed(text: string): string {
  return `#e=1.${encodeBase64url(deflateRawSync(Buffer.from(text, 'utf8')))}`;
}

describe('encodeLink and decodeLink on the presets and reference cases', () => {
  it.each([...presets, ...fixtures])('decodeLink(await encodeLink(%s)) gives the same experiment, no flags and no warnings', async (_, e) => {
    const link = await encodeLink(e);
    expect(link).toMatch(/^#e=1\.[A-Za-z0-9_-]+$/);
    expect(await decodeLink(link)).toEqual({ ok: true, experiment: e, flags: {}, warnings: [] });
  });

  it('every preset\'s link is under 2,000 characters, so linkBudget says ok', async () => {
    const lengths: Record<string, number> = {};
    for (const [file, e] of presets) lengths[file] = (await encodeLink(e)).length;
    console.info(`preset link lengths: ${JSON.stringify(lengths)}`);
    for (const [file, length] of Object.entries(lengths)) {
      expect(length, file).toBeLessThan(2000);
      expect(linkBudget(length)).toBe('ok');
    }
  });

  it('the same experiment always gives the same link', async () => {
    expect(await encodeLink(sine)).toBe(await encodeLink(structuredClone(sine)));
  });

  it('decodeLink reads a whole URL, the fragment without #, and the readable #j= form', async () => {
    const link = await encodeLink(sine, { lesson: 'sine-1' });
    const expected = { ok: true, experiment: sine, flags: { lesson: 'sine-1' }, warnings: [] };
    expect(await decodeLink(`https://example.org/lab/?x=1${link}`)).toEqual(expected);
    expect(await decodeLink(link.slice(1))).toEqual(expected);
    const readable = encodeReadableLink(sine, { lesson: 'sine-1' });
    expect(readable).toMatch(/^#j=%7B%22format%22/);
    expect(await decodeLink(readable)).toEqual(expected);
  });

  it('a hand-written #j= link with raw JSON characters is read too', async () => {
    const json = JSON.stringify(fixtures[0][1]);
    expect(json).not.toMatch(/[%&#]/);
    expect(await decodeLink(`#j=${json}`)).toEqual({ ok: true, experiment: fixtures[0][1], flags: {}, warnings: [] });
  });
});

describe('links of hybrid models (docs/spec.md §5.1-5.3)', () => {
  const hybridName = 'hybrid-input-layer-probabilities-two-outputs';
  const hybridText = readFileSync(casePath(hybridName), 'utf8');
  const hybrid = load(pathToFileURL(casePath(hybridName)));

  /** The hybrid case with a bias-only angle, a 4-wire probabilities readout, one head in an array, and one-element targets. */
  function variant(): Experiment {
    const e = structuredClone(hybrid);
    e.model.dataQubits = 4;
    e.model.cell.push({ gate: 'RZ', wires: [3], angle: { bias: 'b2', offset: -0.25 } });
    e.model.readout = [{ observable: 'Z', wire: 1 }, { observable: 'probabilities', wires: [3, 0, 2, 1] }];
    const names = ['h00', 'h01', 'h02', 'h03', 'h10', 'h11', 'h12', 'h13', 'o1'];
    e.model.head = [{ weights: Array.from({ length: 17 }, (_, i) => (i < names.length ? names[i] : i / 10)), bias: 'o0' }];
    e.data = { kind: 'inline', inputs: [0.1, 0.5, -0.3], targets: [null, [0.2], 0.4] };
    const parsed = parseExperimentText(JSON.stringify(e));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.experiment;
  }

  it('the reference case: the link carries its compact canonical JSON and decodes to the same canonical text', async () => {
    const link = await encodeLink(hybrid);
    const payload = inflateRawSync(Buffer.from(link.slice('#e=1.'.length), 'base64url')).toString('utf8');
    expect(payload).toBe(JSON.stringify(JSON.parse(serializeExperiment(hybrid))));
    expect(payload).toContain('"angle":{"param":"w0","input":true,"bias":"b0"}');
    expect(payload).toContain('"readout":[{"observable":"probabilities","wires":[0,1]}],"head":[{"weights":["h00","h01","h02","h03"],"bias":"o0"},{"weights":["h10","h11","h12","h13"],"bias":"o1"}]');
    expect(payload).toContain('"targets":[null,[0.2,-0.1],[0.4,0.3],[-0.2,0.5],[0.1,0]]');
    const back = await decodeLink(link);
    expect(back.ok && serializeExperiment(back.experiment)).toBe(serializeExperiment(hybrid));
    expect(serializeExperiment(hybrid)).toBe(serializeExperiment(load(pathToFileURL(casePath(hybridName)))));
    expect(JSON.parse(serializeExperiment(hybrid))).toEqual(JSON.parse(hybridText));
  });

  it('a bias-only angle, a 4-wire probabilities readout, a head array of one and mixed one-output targets round-trip exactly, #e= and #j=', async () => {
    const e = variant();
    expect(e.model.head).toHaveLength(1);
    expect(e.data).toMatchObject({ targets: [null, [0.2], 0.4] });
    for (const link of [await encodeLink(e), encodeReadableLink(e)]) {
      const back = await decodeLink(link);
      expect(back).toEqual({ ok: true, experiment: e, flags: {}, warnings: [] });
      expect(back.ok && serializeExperiment(back.experiment)).toBe(serializeExperiment(e));
    }
  });
});

describe('classroom flags', () => {
  it('encodeLink writes hide, lock and lesson after the payload, and decodeLink reads them back', async () => {
    const link = await encodeLink(sine, { hide: ['plots', 'gradient', 'plots'], lock: ['cell'], lesson: 'parameter-shift-1' });
    expect(link).toMatch(/^#e=1\.[A-Za-z0-9_-]+&hide=plots,gradient&lock=cell&lesson=parameter-shift-1$/);
    const r = await decodeLink(link);
    expect(r.ok && r.flags).toEqual({ hide: ['plots', 'gradient'], lock: ['cell'], lesson: 'parameter-shift-1' });
  });

  it('unknown panels, lock targets, fields and a bad lesson name are warnings, not errors', async () => {
    const link = `${await encodeLink(sine)}&hide=plots,teapot&lock=cell,everything&lesson=bad%20name&theme=dark`;
    const r = await decodeLink(link);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.experiment).toEqual(sine);
    expect(r.flags).toEqual({ hide: ['plots'], lock: ['cell'] });
    expect(r.warnings).toEqual([
      { path: 'link.hide', message: "unknown panel 'teapot' in hide= (known: palette, timeline, training, plots, bloch, gradient, data, export); it is ignored" },
      { path: 'link.lock', message: "unknown lock target 'everything' in lock= (known: cell); it is ignored" },
      { path: 'link.lesson', message: "lesson name 'bad name' must be 1 to 64 letters, digits, '-' or '_' (starting with a letter or digit); it is ignored" },
      { path: 'link', message: "unknown link field 'theme' is ignored" },
    ]);
  });

  it('encodeLink refuses flags it would not read back', async () => {
    await expect(encodeLink(sine, { lesson: 'two words' })).rejects.toThrow(RangeError);
    await expect(encodeLink(sine, { hide: ['teapot' as 'plots'] })).rejects.toThrow(/unknown panel 'teapot'/);
  });
});

describe('decodeLink refuses a bad link with a reason, and never throws', () => {
  it('names an unknown version, a missing version, a missing payload and a doubled payload', async () => {
    expect(errorsOf(await decodeLink('#e=7.abcd'))).toEqual(["unknown link version '7' (this lab reads version 1; a newer lab may have made this link)"]);
    expect(errorsOf(await decodeLink('#e=abcd'))).toEqual(["the link's e= field has no version: expected e=1.<data>"]);
    expect(errorsOf(await decodeLink(''))).toEqual(['the link holds no experiment: expected #e=1.<data> (or #j=<JSON>)']);
    expect(errorsOf(await decodeLink('#hide=plots'))).toEqual(['the link holds no experiment: expected #e=1.<data> (or #j=<JSON>)']);
    const link = await encodeLink(sine);
    expect(errorsOf(await decodeLink(`${link}&j={}`))).toEqual(['the link holds more than one experiment (e= or j= appears twice)']);
  });

  it('says a truncated or corrupted link is truncated or corrupted', async () => {
    const link = await encodeLink(sine);
    const cut = link.length - 40 - ((link.length - 5) % 4);
    expect(errorsOf(await decodeLink(link.slice(0, cut)))).toEqual(['the link is truncated or corrupted: the compressed data does not inflate']);
    for (let drop = 1; drop < 8; drop++) expect(errorsOf(await decodeLink(link.slice(0, -drop)))[0]).toMatch(/^the link is truncated or corrupted: /);
    expect(errorsOf(await decodeLink(`${link.slice(0, 20)}!${link.slice(21)}`))).toEqual(['the link is truncated or corrupted: its data is not base64url text']);
    expect(errorsOf(await decodeLink(`#e=1.${encodeBase64url(deflateRawSync(Buffer.from([0xc3, 0x28])))}`))).toEqual(['the link is truncated or corrupted: the inflated data is not UTF-8 text']);
  });

  it('names the field of an invalid experiment, as a file does', async () => {
    const broken = structuredClone(sine) as unknown as { model: { cell: { gate: string }[] } };
    broken.model.cell[2].gate = 'RQ';
    const r = await decodeLink(packed(JSON.stringify(broken)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].path).toBe('model.cell[2].gate');
    expect(r.errors[0].message).toMatch(/^the link's experiment is invalid: model\.cell\[2\]\.gate: unknown gate 'RQ'/);
    expect(errorsOf(await decodeLink('#j=%E0%A4%A'))).toEqual(["the link's j= field is not valid percent-encoding (write % as %25)"]);
    expect(errorsOf(await decodeLink('#j=[1]'))).toEqual(["the link's experiment is invalid: an experiment file must be a JSON object, got a list"]);
  });

  it(`refuses a fragment longer than ${MAX_FRAGMENT_CHARS} characters before decoding it`, async () => {
    expect(errorsOf(await decodeLink(`#e=1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`))).toEqual(['the link is too long: 262,149 characters, and this lab reads at most 262,144']);
  });

  it('stops inflating a zip bomb (50 MB of spaces) past 1 MiB', async () => {
    const bomb = `#e=1.${encodeBase64url(deflateRawSync(Buffer.alloc(50 * 1024 * 1024, 0x20), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    expect(errorsOf(await decodeLink(bomb))).toEqual(["the link's experiment inflates to more than 1 MiB, more than any experiment this lab writes; it is refused"]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses anything that is not text', async () => {
    for (const v of [undefined, null, 42, {}]) expect(errorsOf(await decodeLink(v as unknown as string))).toEqual(['a link must be text']);
  });
});

describe('linkBudget(length)', () => {
  it('is ok under 2,000, long to 8 KB, too-long to 32 KB, and file-instead above', () => {
    expect([0, 1999, 2000, LINK_BUDGET.warn, LINK_BUDGET.warn + 1, LINK_BUDGET.file, LINK_BUDGET.file + 1].map(linkBudget)).toEqual(['ok', 'ok', 'long', 'long', 'too-long', 'too-long', 'file-instead']);
  });
});

describe('the encoders never write a link the decoder refuses (issue 7)', () => {
  /** `sine` with a CSV of `rows` rows of pseudo-random numbers (they compress poorly, as measurements do). */
  function withCsv(rows: number): Experiment {
    let x = 0.123456789;
    const lines = ['t,value'];
    for (let i = 0; i < rows; i++) { x = (x * 9301 + 0.49297) % 1; lines.push(`${i},${x.toFixed(6)}`); }
    return { ...sine, data: { kind: 'csv', text: lines.join('\n'), column: 'value' } };
  }

  it('refuses a 100,000-row CSV experiment (1.3 million characters once) with LinkTooLongError; linkFits says false', async () => {
    const big = withCsv(100_000);
    await expect(encodeLink(big)).rejects.toThrow(LinkTooLongError);
    await expect(encodeLink(big)).rejects.toThrow(/over the 1,048,576 a link may carry: share the experiment file instead/);
    expect(() => encodeReadableLink(big)).toThrow(LinkTooLongError);
    expect(await linkFits(big)).toBe(false);
  });

  it('refuses a payload under 1 MiB whose compressed fragment passes MAX_FRAGMENT_CHARS', async () => {
    const big = withCsv(40_000);
    await expect(encodeLink(big)).rejects.toThrow(/the link would be [\d,]+ characters, over the 262,144 this lab reads back/);
    expect(await linkFits(big)).toBe(false);
  });

  it('encodes, and reads back, an experiment that fits; linkFits agrees', async () => {
    const small = withCsv(2_000);
    expect(await linkFits(small)).toBe(true);
    const link = await encodeLink(small);
    expect(link.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    expect(await decodeLink(link)).toMatchObject({ ok: true, experiment: small });
  });
});
