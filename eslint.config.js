/**
 * Lint rules for the whole repository (ESLint flat config): recommended JavaScript and
 * TypeScript rules, the React hooks rules for components, and the realm boundaries of
 * docs/architecture.md §2 as `no-restricted-imports` patterns, one block per folder. ESLint does not
 * merge a rule's options across blocks, so each folder's block lists every restriction that
 * applies to it.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SOURCE = '**/*.{ts,tsx}';
const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx'];

/** A project folder, as reached by a relative import from anywhere under src/. */
const folder = (...names) => `^\\.{1,2}/(\\.\\./)*(${names.join('|')})(/|$)`;
const project = (names, why) => ({ regex: folder(...names), message: why });
const pkg = (names, why) => ({ regex: `^(${names.join('|')})(/|$)`, message: why });

const NO_D3 = pkg(['d3', 'd3-[a-z-]+'], 'Only src/plots imports d3.');
const NO_THREE = pkg(['three'], 'Only src/bloch imports three.js.');
const NO_COMLINK = pkg(['comlink'], 'Only src/worker imports Comlink.');
const NO_UI_LIBS = pkg(['react', 'react-dom', 'zustand', 'd3', 'd3-[a-z-]+', 'three', 'comlink'], 'The pure folders run in the worker and in Node: no React, store, d3, three or Comlink.');
const PAGE_FOLDERS = ['store', 'text', 'ui', 'plots', 'bloch', 'app'];
const APP_FOLDERS = [...PAGE_FOLDERS, 'worker', 'cli'];

/**
 * What the page may not reach: the numerics run in the worker, so the page (store, text, ui,
 * plots, bloch, app) imports neither the simulator, the data generators, the gradients, the
 * training nor the worker's service; of the worker it sees only the client, the pools
 * (`workerPool.ts`, `studyPool.ts`, `comparePool.ts`) and the protocol types (`protocol.ts`,
 * `*Protocol.ts`).
 */
const PAGE_NUMERICS = project(['core', 'simulation', 'data', 'gradients', 'qlstm', 'training', 'baselines', 'study', 'testing'], 'The page reaches the numerics only through the worker (worker/client and worker/protocol).');
const PAGE_WORKER = { regex: '(^|/)worker/(?!client$|[a-z][A-Za-z]*Pool$|protocol$|[a-z][A-Za-z]*Protocol$)', message: 'The page sees the worker only through worker/client, the worker pools and the protocol types.' };
/** The same boundary for `import()` expressions, which `no-restricted-imports` does not check. */
const PAGE_DYNAMIC_IMPORTS = {
  selector: "ImportExpression[source.value=/(^|\\/)(core|simulation|data|gradients|qlstm|training|baselines|study|testing)\\/|(^|\\/)worker\\/(?!client$|[a-z][A-Za-z]*Pool$|protocol$|[a-z][A-Za-z]*Protocol$)/]",
  message: 'The page reaches the numerics only through the worker, lazily or not.',
};

/** Folder -> what it may not import (the arrows of docs/architecture.md §2 read backwards). */
const BOUNDARIES = {
  'src/core': [NO_UI_LIBS, project(['model', 'simulation', 'data', 'gradients', 'qlstm', 'training', 'baselines', 'study', 'share', 'testing', ...APP_FOLDERS], 'src/core imports nothing of the project but core.')],
  'src/model': [NO_UI_LIBS, project(['simulation', 'data', 'gradients', 'qlstm', 'training', 'baselines', 'study', 'share', 'testing', ...APP_FOLDERS], 'src/model (the experiment document) imports only src/core.')],
  'src/simulation': [NO_UI_LIBS, project(['data', 'gradients', 'qlstm', 'training', 'baselines', 'study', 'share', 'testing', ...APP_FOLDERS], 'src/simulation imports only src/core and src/model.')],
  'src/data': [NO_UI_LIBS, project(['simulation', 'gradients', 'qlstm', 'training', 'baselines', 'study', 'share', 'testing', ...APP_FOLDERS], 'src/data imports only src/core and src/model.')],
  'src/gradients': [NO_UI_LIBS, project(['data', 'qlstm', 'training', 'baselines', 'study', 'share', 'testing', ...APP_FOLDERS], 'src/gradients imports only src/core, src/model and src/simulation.')],
  'src/qlstm': [NO_UI_LIBS, project(['data', 'training', 'baselines', 'study', 'share', 'testing', ...APP_FOLDERS], 'src/qlstm (the QLSTM engine, docs/spec.md §7) imports only src/core, src/model, src/simulation (head, loss) and src/gradients (types, shots, cost).')],
  'src/training': [NO_UI_LIBS, project(['baselines', 'study', 'share', 'testing', ...APP_FOLDERS], 'src/training imports only src/core, src/model, src/simulation, src/gradients and src/data.')],
  'src/baselines': [NO_UI_LIBS, project(['study', 'gradients', 'qlstm', 'share', 'testing', ...APP_FOLDERS], 'src/baselines (the classical models of studies) imports only src/core, src/model, src/simulation (head, loss), src/data and src/training.')],
  'src/study': [NO_UI_LIBS, project(['share', 'testing', ...APP_FOLDERS], 'src/study (studies of docs/spec.md §8) imports only the pure core: src/core, src/model, src/simulation, src/data, src/gradients, src/training and src/baselines.')],
  'src/share': [NO_UI_LIBS, project(['core', 'data', 'gradients', 'qlstm', 'training', 'baselines', 'study', 'testing', ...APP_FOLDERS], 'src/share imports only src/model and src/simulation.')],
  'src/worker': [
    pkg(['react', 'react-dom', 'zustand', 'd3', 'd3-[a-z-]+', 'three'], 'The worker holds no React, store, d3 or three.js.'),
    project(['testing', ...PAGE_FOLDERS, 'cli'], 'The worker does not import the page, the command line or test code.'),
  ],
  'src/store': [
    NO_D3, NO_THREE, NO_COMLINK,
    pkg(['react-dom'], 'The store holds no rendering.'),
    PAGE_NUMERICS, PAGE_WORKER,
    project(['text', 'ui', 'plots', 'bloch', 'app', 'cli'], 'The store holds no view: model types, share and the worker client only.'),
    { regex: '(^|/)model/(?!types$|parse$|serialize$|migrate$)', message: 'The store reads the model types, parser and serializer only; numerics run in the worker.' },
  ],
  'src/text': [NO_UI_LIBS, PAGE_NUMERICS, PAGE_WORKER, project(['store', 'ui', 'plots', 'bloch', 'app', 'cli', 'share'], 'src/text holds the words and numbers the page shows: it reads model types only.')],
  'src/ui': [NO_D3, NO_THREE, NO_COMLINK, PAGE_NUMERICS, PAGE_WORKER, project(['app', 'cli'], 'src/ui does not import the composition root (src/app).')],
  'src/plots': [NO_THREE, NO_COMLINK, PAGE_NUMERICS, PAGE_WORKER, project(['ui', 'app', 'cli'], 'src/plots draws charts and does not import the panels (src/ui) or src/app.')],
  'src/bloch': [NO_D3, NO_COMLINK, PAGE_NUMERICS, PAGE_WORKER, project(['ui', 'app', 'cli'], 'src/bloch does not import the panels (src/ui) or src/app.')],
  'src/app': [NO_D3, NO_THREE, NO_COMLINK, PAGE_NUMERICS, PAGE_WORKER, project(['cli'], 'The page does not import the command line.')],
  'src/cli': [NO_UI_LIBS, project(['testing', ...PAGE_FOLDERS], 'The command line runs in Node, without the page.')],
  'src/testing': [NO_UI_LIBS, project([...PAGE_FOLDERS, 'worker', 'cli'], 'src/testing holds pure test helpers: no page, worker or command line.')],
};
/** The files of src/worker that run on the page: the lane client and the worker pools. */
const PAGE_SIDE_WORKER = ['src/worker/client.ts', 'src/worker/workerPool.ts', 'src/worker/studyPool.ts', 'src/worker/comparePool.ts'];

const boundaryBlocks = Object.entries(BOUNDARIES).map(([dir, patterns]) => ({
  files: [`${dir}/${SOURCE}`],
  ignores: [...TESTS, ...(dir === 'src/worker' ? PAGE_SIDE_WORKER : [])],
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    ...(PAGE_FOLDERS.includes(dir.slice('src/'.length)) ? { 'no-restricted-syntax': ['error', PAGE_DYNAMIC_IMPORTS] } : {}),
  },
}));

/**
 * The numbers that training history is made of must be the same bits in Node and in every
 * browser, and `Math.sin`, `Math.exp`, `Math.pow` (and `**`) are not specified to the last
 * bit: the pure folders use src/core/detmath.ts instead.
 */
const NONDETERMINISTIC_MATH = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'exp', 'expm1', 'log', 'log1p', 'log10', 'pow', 'hypot', 'cbrt', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
  .map((property) => ({ object: 'Math', property, message: 'Use src/core/detmath.ts: Math.' + property + ' differs between engines in the last bit.' }));
const deterministicMathBlock = {
  files: ['src/{core,model,simulation,data,gradients,qlstm,training,baselines,study}/**/*.ts'],
  ignores: [...TESTS, 'src/core/detmath.ts'],
  rules: {
    'no-restricted-properties': ['error', ...NONDETERMINISTIC_MATH],
    'no-restricted-syntax': ['error', { selector: "BinaryExpression[operator='**']", message: 'Use pow from src/core/detmath.ts (or a product): ** differs between engines in the last bit.' }],
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: [SOURCE],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/worker/**/*.ts'], ignores: PAGE_SIDE_WORKER, languageOptions: { globals: { ...globals.worker } } },
  { files: ['src/cli/**', 'e2e/**', 'scripts/**', '*.config.{js,ts}', ...TESTS], languageOptions: { globals: { ...globals.node } } },
  { files: ['**/*.tsx', 'src/**/use*.ts'], ...reactHooks.configs.flat.recommended },
  ...boundaryBlocks,
  deterministicMathBlock,
  {
    files: ['src/worker/client.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pkg(['react', 'react-dom', 'zustand', 'd3', 'd3-[a-z-]+', 'three'], 'The worker client is framework-free.'),
        project(['core', 'data', 'gradients', 'training', 'baselines', 'study', 'store', 'ui', 'plots', 'bloch', 'app', 'cli'], 'The client knows only the protocol.'),
        { regex: '^\\./(?!protocol$)', message: 'The client reaches the worker through protocol types and a Worker URL only.' },
      ] }],
    },
  },
  {
    // The pools run on the page too: they reach their workers through the pool protocol and a
    // Worker URL; studyPool.ts also reads the study summary's arithmetic (src/study/summary.ts,
    // no numerics), so the page's table and CSV are the command line's.
    files: ['src/worker/workerPool.ts', 'src/worker/studyPool.ts', 'src/worker/comparePool.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pkg(['react', 'react-dom', 'zustand', 'd3', 'd3-[a-z-]+', 'three', 'comlink'], 'The worker pools are framework-free and speak plain postMessage.'),
        project(['core', 'model', 'simulation', 'data', 'gradients', 'training', 'baselines', 'share', 'store', 'ui', 'plots', 'bloch', 'app', 'cli', 'testing'], 'A pool knows only the protocols (and the study summary).'),
        { regex: '^\\.\\./study/(?!summary$)', message: 'Of src/study the page reads only the summary arithmetic.' },
        { regex: '^\\./(?!workerPool$|protocol$|[a-z][A-Za-z]*Protocol$)', message: 'A pool reaches its workers through the pool protocol and a Worker URL only.' },
      ] }],
    },
  },
);
