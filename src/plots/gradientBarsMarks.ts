/**
 * Charts as lists of marks: each mark is one SVG element (kind, key, class, attributes,
 * text, tooltip) computed by a pure layout function, so the gradient bars, the heat map and
 * the memory chart can be tested and snapshotted without a DOM (`marksToSvg`, numbers
 * rounded to 3 decimals as Plot's snapshot tests do) and drawn by one keyed d3 join
 * (`drawMarks`) that reuses elements between updates.
 */
import { select, type Selection } from 'd3';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One SVG element of a chart. */
export interface Mark {
  kind: 'rect' | 'line' | 'text' | 'path' | 'circle';
  /** Unique within its layer; the join matches elements by it. */
  key: string;
  className: string;
  attrs: Record<string, string | number>;
  /** Text content of a `text` mark. */
  text?: string;
  /** A `<title>` child: the mark's tooltip and accessible description. */
  title?: string;
  /** A fill computed from the contribution scale (a CSS colour, set as the inline `fill`). */
  fill?: string;
}

/** A `<g>` a chart draws one group of marks into. */
export type MarkLayer = Selection<SVGGElement, unknown, null, undefined>;

const round = (v: number) => String(Math.round(v * 1000) / 1000);

function attrValue(v: string | number): string {
  return typeof v === 'number' ? round(v) : v.replace(/-?\d+\.\d+/g, (n) => round(Number(n)));
}

/** Joins `marks` into `layer` by key: new marks are appended, changed ones updated, gone ones removed. */
export function drawMarks(layer: MarkLayer, marks: readonly Mark[]): void {
  layer.selectAll<SVGElement, Mark>(':scope > *').data(marks, (d) => `${d.kind}:${d.key}`)
    .join((enter) => enter.append((d) => document.createElementNS(SVG_NS, d.kind) as SVGElement))
    .each(function (d) {
      const node = select(this);
      node.attr('class', d.className);
      if (d.fill) node.style('fill', d.fill);
      else node.style('fill', null);
      // Data attributes keep full precision (tests and tools read them); drawn geometry is rounded.
      for (const [name, value] of Object.entries(d.attrs)) node.attr(name, name.startsWith('data-') ? String(value) : attrValue(value));
      if (d.kind === 'text') node.text(d.text ?? '');
      else node.selectAll('title').data(d.title ? [d.title] : []).join('title').text((t) => t);
    });
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One mark as SVG text, numbers rounded to 3 decimals. */
function markToSvg(mark: Mark): string {
  const attrs = Object.entries(mark.attrs).map(([k, v]) => ` ${k}="${escape(attrValue(v))}"`).join('');
  const style = mark.fill ? ` style="fill: ${escape(mark.fill)}"` : '';
  const head = `<${mark.kind} class="${mark.className}"${attrs}${style}`;
  if (mark.kind === 'text') return `${head}>${escape(mark.text ?? '')}</text>`;
  return mark.title ? `${head}><title>${escape(mark.title)}</title></${mark.kind}>` : `${head}/>`;
}

/** A whole chart as standalone SVG text: one `<g>` per named layer, for snapshots and export. */
export function marksToSvg(width: number, height: number, layers: Record<string, readonly Mark[]>): string {
  const groups = Object.entries(layers).map(([name, marks]) => `  <g class="${name}">\n${marks.map((m) => `    ${markToSvg(m)}`).join('\n')}\n  </g>`);
  return `<svg xmlns="${SVG_NS}" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}">\n${groups.join('\n')}\n</svg>\n`;
}
