/**
 * Test-only (imported by the chart tests, never by the page): renders a chart object into a
 * small in-memory SVG document, serialises what it drew, and compares that with a committed
 * snapshot under `src/plots/__snapshots__/`.
 *
 * The tests run in Vitest's `node` environment (vite.config.ts), which has no DOM, so
 * `renderChart` supplies the little of one that d3-selection, d3-axis and `drawMarks` use:
 * `document.createElementNS`, element trees with attributes, inline styles and text,
 * `querySelector(All)` for simple selectors (`tag`, `.class`, `tag.class`, `*`,
 * `:scope > ...`), `compareDocumentPosition` for `selection.order()`, event listeners, and a
 * `ResizeObserver` that reports the size the test asks for.
 *
 * `serializeSvg` writes one element per line, indented by depth: the element name, every
 * attribute in alphabetical order with numbers (also inside paths and transforms) rounded to
 * 2 decimals, the inline style, and the text. So a snapshot changes when a mark appears,
 * disappears, moves by 0.005 px or more, changes class or text, and not otherwise.
 *
 * `expectSnapshot(text, name)` FAILS when `__snapshots__/<name>.svg.txt` is missing, unless
 * the run is an explicit update. To write or update the snapshots, run
 *
 *     npx vitest run src/plots -u
 *
 * and look at the diff before committing it.
 */
import { expect, vi } from 'vitest';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Listener = (event: unknown) => void;

class FakeStyle {
  readonly props = new Map<string, string>();
  setProperty(name: string, value: string | null): void {
    if (value === null || value === '') this.props.delete(name);
    else this.props.set(name, String(value));
  }
  removeProperty(name: string): void {
    this.props.delete(name);
  }
  getPropertyValue(name: string): string {
    return this.props.get(name) ?? '';
  }
}

/** One parsed compound selector: optional tag and classes. */
interface Simple { tag: string | null; classes: string[] }

function parseSimple(selector: string): Simple {
  const m = /^([a-zA-Z][\w-]*|\*)?((?:\.[\w-]+)*)$/.exec(selector.trim());
  if (!m) throw new Error(`fake DOM: unsupported selector "${selector}"`);
  return { tag: m[1] && m[1] !== '*' ? m[1] : null, classes: m[2] ? m[2].slice(1).split('.') : [] };
}

class FakeElement {
  readonly childNodes: FakeElement[] = [];
  parentNode: FakeElement | null = null;
  readonly style = new FakeStyle();
  private readonly attributes = new Map<string, string>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private text = '';

  constructor(readonly ownerDocument: FakeDocument, readonly namespaceURI: string, readonly localName: string) {}

  get tagName(): string { return this.localName; }
  get nodeName(): string { return this.localName; }
  get nodeType(): number { return 1; }
  get children(): FakeElement[] { return this.childNodes; }
  get firstChild(): FakeElement | null { return this.childNodes[0] ?? null; }
  get nextSibling(): FakeElement | null {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  get previousSibling(): FakeElement | null {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) - 1] ?? null;
  }
  get textContent(): string { return this.text + this.childNodes.map((c) => c.textContent).join(''); }
  set textContent(value: string | null) {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes.length = 0;
    this.text = value == null ? '' : String(value);
  }
  /** The element's own text (set through `textContent`). */
  get ownText(): string { return this.text; }

  setAttribute(name: string, value: unknown): void { this.attributes.set(name, String(value)); }
  getAttribute(name: string): string | null { return this.attributes.get(name) ?? null; }
  hasAttribute(name: string): boolean { return this.attributes.has(name); }
  removeAttribute(name: string): void { this.attributes.delete(name); }
  attributeEntries(): [string, string][] { return [...this.attributes.entries()]; }

  appendChild(child: FakeElement): FakeElement { return this.insertBefore(child, null); }
  insertBefore(child: FakeElement, ref: FakeElement | null): FakeElement {
    child.parentNode?.removeChild(child);
    const at = ref ? this.childNodes.indexOf(ref) : -1;
    if (ref && at < 0) throw new Error('fake DOM: insertBefore reference is not a child');
    if (at < 0) this.childNodes.push(child);
    else this.childNodes.splice(at, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild(child: FakeElement): FakeElement {
    const at = this.childNodes.indexOf(child);
    if (at < 0) throw new Error('fake DOM: removeChild of a non-child');
    this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }
  remove(): void { this.parentNode?.removeChild(this); }

  matches(selector: string): boolean {
    const { tag, classes } = parseSimple(selector);
    if (tag && tag !== this.localName) return false;
    const own = (this.getAttribute('class') ?? '').split(/\s+/);
    return classes.every((c) => own.includes(c));
  }
  querySelectorAll(selector: string): FakeElement[] {
    const scoped = /^:scope\s*>\s*(.+)$/.exec(selector.trim());
    if (scoped) return this.childNodes.filter((c) => c.matches(scoped[1]));
    const out: FakeElement[] = [];
    const walk = (e: FakeElement) => { for (const c of e.childNodes) { if (c.matches(selector)) out.push(c); walk(c); } };
    walk(this);
    return out;
  }
  querySelector(selector: string): FakeElement | null { return this.querySelectorAll(selector)[0] ?? null; }
  closest(selector: string): FakeElement | null {
    return this.matches(selector) ? this : (this.parentNode?.closest(selector) ?? null);
  }

  /** `4` (FOLLOWING) when `other` comes after this element in document order, else `2` (PRECEDING). */
  compareDocumentPosition(other: FakeElement): number {
    const order: FakeElement[] = [];
    const rootOf = (e: FakeElement): FakeElement => (e.parentNode ? rootOf(e.parentNode) : e);
    const root = rootOf(this);
    const walk = (e: FakeElement) => { order.push(e); e.childNodes.forEach(walk); };
    walk(root);
    return order.indexOf(other) > order.indexOf(this) ? 4 : 2;
  }

  addEventListener(type: string, listener: Listener): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(listener);
  }
  removeEventListener(type: string, listener: Listener): void { this.listeners.get(type)?.delete(listener); }
}

class FakeDocument {
  readonly documentElement: FakeElement;
  constructor() { this.documentElement = new FakeElement(this, SVG_NS, 'svg'); }
  createElementNS(ns: string, name: string): FakeElement { return new FakeElement(this, ns, name); }
  createElement(name: string): FakeElement { return new FakeElement(this, 'http://www.w3.org/1999/xhtml', name); }
}

/** What `renderChart` hands back: the chart, its SVG, and a way to resize its container. */
export interface Rendered<C> {
  chart: C;
  svg: SVGSVGElement;
  /** Reports a new container size to the chart's ResizeObserver (the chart redraws). */
  resize(width: number, height: number): void;
  /** The SVG as snapshot text (see `serializeSvg`). */
  text(): string;
}

/**
 * Creates a chart with `create(svg)` inside a fake container of `width` x `height` px and
 * reports that size to it, as the browser's ResizeObserver would after layout. Stubs the
 * globals `document` and `ResizeObserver` (restore them with `vi.unstubAllGlobals()`).
 */
export function renderChart<C>(width: number, height: number, create: (svg: SVGSVGElement) => C): Rendered<C> {
  const doc = new FakeDocument();
  const observers: { callback: (entries: unknown[]) => void; target: FakeElement }[] = [];
  class FakeResizeObserver {
    constructor(private readonly callback: (entries: unknown[]) => void) {}
    observe(target: FakeElement) { observers.push({ callback: this.callback, target }); }
    unobserve() {}
    disconnect() {
      for (let i = observers.length - 1; i >= 0; i--) if (observers[i].callback === this.callback) observers.splice(i, 1);
    }
  }
  vi.stubGlobal('document', doc);
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  const container = doc.createElement('div');
  const svgNode = doc.createElementNS(SVG_NS, 'svg');
  container.appendChild(svgNode);
  const svg = svgNode as unknown as SVGSVGElement;
  const chart = create(svg);
  const resize = (w: number, h: number) => {
    for (const o of [...observers]) o.callback([{ target: o.target, contentRect: { width: w, height: h } }]);
  };
  resize(width, height);
  return { chart, svg, resize, text: () => serializeSvg(svg) };
}

/** Rounds every number written with a decimal point or an exponent to 2 decimals (`-0` is `0`). */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (n) => {
    if (!/[.e]/i.test(n)) return n;
    const r = Math.round(Number(n) * 100) / 100;
    return Object.is(r, -0) ? '0' : String(r);
  });
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * The SVG drawn by a chart as text, one element per line indented by depth: name, attributes
 * in alphabetical order (numbers rounded to 2 decimals), inline style, own text.
 */
function serializeSvg(svg: SVGSVGElement | Element): string {
  const lines: string[] = [];
  const walk = (e: FakeElement, depth: number) => {
    const attrs = e.attributeEntries().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => ` ${k}="${escapeAttr(roundNumbers(v))}"`);
    const style = [...e.style.props.entries()].sort().map(([k, v]) => `${k}: ${v}`).join('; ');
    const styled = style ? ` style="${escapeAttr(roundNumbers(style))}"` : '';
    const text = e.ownText ? ` ${JSON.stringify(e.ownText).slice(1, -1)}` : '';
    lines.push(`${'  '.repeat(depth)}<${e.localName}${attrs.join('')}${styled}>${escapeText(text)}`);
    for (const c of e.childNodes) walk(c, depth + 1);
  };
  walk(svg as unknown as FakeElement, 0);
  return `${lines.join('\n')}\n`;
}

/** The committed snapshots, read at import time (Vite's glob, so this file needs no Node API). */
const committed = import.meta.glob('./__snapshots__/*.svg.txt', { query: '?raw', import: 'default', eager: true });

/** Whether this run was started with `-u` (update every snapshot). */
function updating(): boolean {
  const state = expect.getState().snapshotState as unknown as { _updateSnapshot?: string };
  return state._updateSnapshot === 'all';
}

/**
 * Compares `text` with `src/plots/__snapshots__/<name>.svg.txt`. Fails when the file is
 * missing (even outside CI) unless the run is `npx vitest run src/plots -u`, which writes it.
 * Call it from a test file in `src/plots` (the path is resolved against the test file).
 */
export async function expectSnapshot(text: string, name: string): Promise<void> {
  const path = `./__snapshots__/${name}.svg.txt`;
  if (!(path in committed) && !updating()) {
    throw new Error(`No committed snapshot ${path} (src/plots/__snapshots__/${name}.svg.txt). Write it with \`npx vitest run src/plots -u\`, look at it, and commit it.`);
  }
  await expect(text).toMatchFileSnapshot(path);
}
