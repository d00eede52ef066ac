/**
 * Reads an experiment file (docs/spec.md §2) into a valid `Experiment`, or refuses it with every
 * problem found, each naming the field (`model.cell[2].wires[1]`) and the reason in words.
 * It never throws. The file goes through `migrate` first, then each block is checked by its
 * own module (`parseModel.ts`, `parseData.ts`, `parseTraining.ts`), then the blocks are
 * checked against each other: every parameter the model names exists in `params`, every
 * frozen name too, every input component an angle reads exists in the data (inline data as
 * written; a generator's series is scalar), a washout leaves a scored step in a sequence
 * whose length the data block states, and `ridge` trains only the head. The limits of
 * docs/spec.md §2 (`LIMITS` in types.ts) are checked where each field is read.
 *
 * Defaults: an absent `frozen` is `[]`; an absent `loss` (or a field of it) is
 * `{kind: 'mse', washout: 0}`; an absent `training` (or a field of it, at any depth) is
 * `defaultTraining()`: exact `parameter-shift` gradients, `adam` with learning rate 0.05,
 * 50 epochs, batch size 8, seed 1. An absent `model.noise` stays absent (no noise, so a
 * noiseless file saves as it was loaded); inside a present one, an absent field is 0.
 * Angles are kept as written (no `factor`, `offset` or `transform` is filled in).
 *
 * A model with a `kind` is a QLSTM (docs/spec.md §7, `parseQlstm.ts`). `parseAnyExperiment`
 * gives either kind, as the page, the exports and `simulate`, `grad` and `train` read files;
 * `parseExperiment`, for what takes a QRNN only (a study's base file, the method comparison),
 * refuses a valid QLSTM at `model.kind` ({@link QLSTM_ELSEWHERE}).
 *
 * The result is a fresh copy: fields the SPEC does not name are kept as deep copies of their
 * JSON values, `-0` becomes `0`, and a `__proto__` key is dropped with a warning. Parameters
 * no gate or head uses are allowed, with a warning.
 */
import { CURRENT_VERSION, EXPERIMENT_FORMAT, isQlstmExperiment, isQlstmModel, type AnyExperiment, type AnyParseResult, type FieldError, type Model, type ParseResult, type QlstmModel, type TrainingSpec } from './types';
import { outputCount } from './outputs';
import { migrate } from './migrate';
import { child, complete, copyExtras, describe, fail, index, isObject, newReport, own, readList, readNumber, readObject, readString, safeKeys, setOwn, type JsonObject, type Report } from './parseCheck';
import { MAGNITUDE, parseModel, type ModelCheck } from './parseModel';
import { checkQlstmParams, parseQlstmModel } from './parseQlstm';
import { parseData, type DataCheck } from './parseData';
import { parseLoss, parseTraining } from './parseTraining';
import { parseStudy } from './parseStudy';

export { defaultTraining } from './parseTraining';

const TOP_LEVEL = ['format', 'version', 'name', 'model', 'params', 'frozen', 'data', 'loss', 'training', 'study'];

/**
 * The refusal of a QLSTM file where only a QRNN can go: a study's base file and the method comparison, which
 * draw and unroll a cell that a QLSTM does not have.
 */
export const QLSTM_ELSEWHERE = 'this takes a QRNN experiment: a QLSTM is simulated, trained, explained, shared and exported on its own, and enters a study as a variant of a QRNN file';

/** Parses the text of a file: refuses text that is not JSON (path `''`), then as `parseExperiment`. */
export function parseExperimentText(text: string): ParseResult {
  return qrnnOnly(parseAnyExperimentText(text));
}

/**
 * Checks any value (typically `JSON.parse` output) against docs/spec.md §2: a valid QRNN
 * experiment, or every reason it is not; a valid QLSTM file is refused at `model.kind` with
 * {@link QLSTM_ELSEWHERE}.
 */
export function parseExperiment(input: unknown): ParseResult {
  return qrnnOnly(parseAnyExperiment(input));
}

/** `parseExperimentText`, accepting a QLSTM (docs/spec.md §7) too: for the command line's simulate, grad and train. */
export function parseAnyExperimentText(text: string): AnyParseResult {
  if (typeof text !== 'string') return refuse('', `must be the text of a JSON file, got ${describe(text)}`);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return refuse('', `this is not valid JSON: ${jsonProblem(e, text)}`);
  }
  return parseAnyExperiment(value);
}

/** `parseExperiment`, accepting a QLSTM (docs/spec.md §7) too. */
export function parseAnyExperiment(input: unknown): AnyParseResult {
  try {
    return check(input);
  } catch (e) {
    return refuse('', `could not read this experiment: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function qrnnOnly(result: AnyParseResult): ParseResult {
  if (!result.ok) return result;
  if (isQlstmExperiment(result.experiment)) return refuse('model.kind', QLSTM_ELSEWHERE);
  return { ok: true, experiment: result.experiment, warnings: result.warnings };
}

/** The model block by its kind: a QRNN when `kind` is absent, else a QLSTM (which refuses any other kind). */
function parseAnyModel(r: Report, raw: unknown): { model: Model | QlstmModel | undefined; qrnn: ModelCheck | undefined; params: ModelCheck['params'] } {
  if (isObject(raw) && own(raw, 'kind') !== undefined) {
    const qlstm = parseQlstmModel(r, raw);
    return { model: qlstm.model, qrnn: undefined, params: qlstm.params };
  }
  const qrnn = parseModel(r, raw);
  return { model: qrnn.model, qrnn, params: qrnn.params };
}

function check(input: unknown): AnyParseResult {
  if (!isObject(input)) return refuse('', `an experiment file must be a JSON object, got ${describe(input)}`);
  const r = newReport();
  const format = own(input, 'format');
  if (format !== EXPERIMENT_FORMAT) {
    const expected = `"${EXPERIMENT_FORMAT}" (the mark of a QRNN Lab experiment file)`;
    fail(r, 'format', format === undefined ? `is required: ${expected}` : `must be ${expected}, got ${describe(format)}`);
  }
  const migrated = migrate(input);
  if (!migrated.ok) r.errors.push(...migrated.errors);
  if (!migrated.ok || r.errors.length > 0) return { ok: false, errors: r.errors };
  const raw = migrated.value;

  const name = readString(r, own(raw, 'name'), 'name');
  const model = parseAnyModel(r, own(raw, 'model'));
  const params = readParams(r, own(raw, 'params'));
  const names = paramNames(own(raw, 'params'));
  const frozen = readFrozen(r, own(raw, 'frozen'), names);
  const dataCheck = parseData(r, own(raw, 'data'));
  const data = dataCheck.data;
  const loss = parseLoss(r, own(raw, 'loss'));
  const training = parseTraining(r, own(raw, 'training'));
  const extras: JsonObject = {};
  copyExtras(r, raw, TOP_LEVEL, '', extras);
  if (names) checkReferences(r, model, names);
  if (model.qrnn) checkInputs(r, model.qrnn, dataCheck);
  if (loss) checkWashout(r, loss.washout, dataCheck);
  if (model.model) checkOutputs(r, model.model, dataCheck);
  if (training?.optimizer.kind === 'ridge' && frozen) checkRidge(r, model, frozen);
  if (model.model && isQlstmModel(model.model)) checkQlstm(r, model.model, names, dataCheck, training, raw);

  const rawStudy = own(raw, 'study');
  // A study's variants are checked as files of their own, but only once the file itself is valid.
  const study = rawStudy === undefined || r.errors.length > 0 ? undefined : parseStudy(r, rawStudy, withoutStudy(raw), variantErrors);
  const parts = complete({ name, model: model.model, params, frozen, data, loss, training });
  if (!parts || r.errors.length > 0) return { ok: false, errors: r.errors };
  const experiment = { format: EXPERIMENT_FORMAT, version: CURRENT_VERSION, ...parts } as AnyExperiment;
  if (study) experiment.study = study;
  for (const key of Object.keys(extras)) setOwn(experiment, key, extras[key]);
  return { ok: true, experiment, warnings: r.warnings };
}

/** The file without its `study`: what every variant is applied to. */
function withoutStudy(raw: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const key of Object.keys(raw)) if (key !== 'study') setOwn(copy, key, raw[key]);
  return copy;
}

/** The errors of one variant's file (the file with the variant's `set` applied). */
function variantErrors(file: JsonObject): FieldError[] {
  const result = check(file);
  return result.ok ? [] : result.errors;
}

function readParams(r: Report, raw: unknown): Record<string, number> | undefined {
  const o = readObject(r, raw, 'params', 'an object of parameter names and their values, like {"a": 0.1}');
  if (!o) return undefined;
  const out: Record<string, number> = {};
  let whole = true;
  for (const key of safeKeys(r, o, 'params')) {
    const value = readNumber(r, own(o, key), child('params', key), MAGNITUDE);
    if (value === undefined) whole = false;
    else setOwn(out, key, value);
  }
  return whole ? out : undefined;
}

/** The names `params` defines (even those with a refused value), when it is an object. */
function paramNames(raw: unknown): Set<string> | undefined {
  return isObject(raw) ? new Set(Object.keys(raw).filter((k) => k !== '__proto__')) : undefined;
}

/** `frozen` (absent: `[]`); names are checked against `params` when it is an object. */
function readFrozen(r: Report, raw: unknown, params: Set<string> | undefined): string[] | undefined {
  if (raw === undefined) return [];
  const list = readList(r, raw, 'frozen', 'a list of parameter names');
  if (!list) return undefined;
  const out = list.map((v, i) => {
    const name = readString(r, v, index('frozen', i), true);
    if (name === undefined || !params || params.has(name)) return name;
    return fail(r, index('frozen', i), `parameter '${name}' is not in params, so it cannot be frozen`);
  });
  return out.every((name) => name !== undefined) ? out : undefined;
}

/**
 * A QLSTM's own rules (docs/spec.md §7): `params` lists exactly its circuit parameters, each
 * input has `inputSize` numbers, and it trains with the stepped optimizers or L-BFGS (ridge
 * fits a QRNN's readouts), with independent shots (its circuits are separate executions, so
 * there are no trajectories), in one run (a study's variants and baselines are QRNN runs).
 */
function checkQlstm(r: Report, model: QlstmModel, names: Set<string> | undefined, data: DataCheck, training: TrainingSpec | undefined, raw: JsonObject): void {
  if (names) checkQlstmParams(r, model, names);
  const width = data.inputWidth;
  if (width !== undefined && width !== model.inputSize) {
    if (data.inputSource === 'generator') fail(r, 'model.inputSize', `is ${model.inputSize} but the ${describeKind(data)} generator gives one number per step: use inputSize 1, or inline data with ${model.inputSize} numbers per step`);
    else fail(r, 'data.inputs', `each entry has ${width} ${width === 1 ? 'number' : 'numbers'} but model.inputSize is ${model.inputSize}: give ${model.inputSize === 1 ? 'a number' : `a list of ${model.inputSize} numbers`} per step`);
  }
  if (training?.optimizer.kind === 'ridge') fail(r, 'training.optimizer.kind', "'ridge' fits a QRNN's head on its readouts; a QLSTM trains with 'sgd', 'adam', 'spsa' or 'lbfgs'");
  if (training?.gradient.sampling === 'trajectory') fail(r, 'training.gradient.sampling', "'trajectory' draws a QRNN's steps from one run; a QLSTM's circuit evaluations are separate executions, so their shots are independent: remove sampling");
  if (own(raw, 'study') !== undefined) fail(r, 'study', 'a study runs QRNN variants and baselines; a QLSTM file is one run: remove study');
}

/** Every name the model uses must be in `params`; a parameter nothing uses is a warning. */
function checkReferences(r: Report, model: Pick<ModelCheck, 'params'>, params: Set<string>): void {
  for (const ref of model.params) {
    if (!params.has(ref.name)) fail(r, ref.path, `parameter '${ref.name}' is used by ${ref.field} but missing from params`);
  }
  const used = new Set(model.params.map((ref) => ref.name));
  for (const name of params) {
    if (!used.has(name)) r.warnings.push({ path: child('params', name), message: `parameter '${name}' is not used by any gate or the head` });
  }
}

/** Every `input: k` must be a component the data gives: of the inline inputs, or 0 for a generator's scalar series. */
function checkInputs(r: Report, model: ModelCheck, data: DataCheck): void {
  const width = data.inputWidth;
  if (width === undefined) return;
  const range = width === 1 ? 'component 0' : `components 0..${width - 1}`;
  const source = data.inputSource === 'generator' ? `the ${describeKind(data)} generator gives one number per step (${range})` : `each entry of data.inputs has ${range}`;
  for (const ref of model.inputs) {
    if (ref.component >= width) fail(r, ref.path, `input component ${ref.component} is out of range: ${source}`);
  }
}

function describeKind(data: DataCheck): string {
  return data.data?.kind ?? 'data';
}

/** `loss.washout` must leave at least one step to score in a sequence whose length the data block states. */
function checkWashout(r: Report, washout: number, data: DataCheck): void {
  if (data.steps === undefined || washout < data.steps) return;
  fail(r, 'loss.washout', `is ${washout} but every sequence has ${data.steps} ${data.steps === 1 ? 'step' : 'steps'} (${data.stepsField}): the washout must be shorter than the sequence, or no step is scored`);
}

/** docs/spec.md §5.3: targets have one component per output (one output may take plain numbers). */
function checkOutputs(r: Report, model: Pick<Model, 'head'>, data: DataCheck): void {
  const m = outputCount(model), width = data.targetWidth;
  if (width === undefined || width === m) return;
  const heads = m === 1 ? 'model.head is one head (1 output)' : `model.head has ${m} heads (${m} outputs)`;
  fail(r, data.targetField ?? 'data', `gives ${width === 1 ? '1 target' : `${width} targets`} per step but ${heads}: give one target per output, or change the number of outputs`);
}

/** `ridge` fits the head only (docs/spec.md §2): every circuit parameter must be frozen. */
function checkRidge(r: Report, model: Pick<ModelCheck, 'params'>, frozen: readonly string[]): void {
  const free = [...new Set(model.params.filter((ref) => ref.circuit && !frozen.includes(ref.name)).map((ref) => ref.name))];
  if (free.length === 0) return;
  const listed = free.slice(0, 5).map((n) => `'${n}'`).join(', ') + (free.length > 5 ? ` and ${free.length - 5} more` : '');
  fail(r, 'training.optimizer.kind', `'ridge' fits only the head, but the circuit parameter${free.length === 1 ? '' : 's'} ${listed} ${free.length === 1 ? 'is' : 'are'} not frozen: add ${free.length === 1 ? 'it' : 'them'} to frozen, or choose another optimizer`);
}

/** The parser's message for text `JSON.parse` refused, with line and column when it names a position. */
function jsonProblem(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /at position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

function refuse(path: string, message: string): { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [{ path, message }];
  return { ok: false, errors };
}
