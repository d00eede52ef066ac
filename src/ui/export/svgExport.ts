/**
 * Pictures of what the page draws: an `<svg>` of the page made standalone (every element's
 * computed presentation copied onto it as inline style, so the picture needs none of the
 * page's CSS or custom properties and keeps the current theme; a background of the card's
 * colour; explicit size and `viewBox`), and a PNG of it drawn through a canvas at twice
 * its on-screen size. The inline styles are set through the CSSOM, which the page's Content
 * Security Policy allows.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A standalone picture: SVG text and its size in CSS pixels. */
export interface SvgPicture {
  text: string;
  width: number;
  height: number;
}

/** The inherited presentation properties a drawing needs, copied where they differ from the parent's. */
const INHERITED_PROPERTIES = [
  'color', 'visibility', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'paint-order', 'shape-rendering', 'marker-start', 'marker-end',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'letter-spacing', 'text-anchor',
  'dominant-baseline', 'white-space',
] as const;

/** The properties that are not inherited, each copied only when it is not its initial value. */
const OWN_PROPERTIES: Readonly<Record<string, (value: string) => boolean>> = {
  display: (v) => v === 'none',
  opacity: (v) => v !== '1',
  'vector-effect': (v) => v !== 'none',
  'alignment-baseline': (v) => v !== 'auto' && v !== 'baseline',
  'text-decoration-line': (v) => v !== 'none',
};

/**
 * Copies the computed presentation of `source` and its descendants onto `target`, element by
 * element: an inherited property where it differs from the parent's (all of them on the
 * root), an own property where it is not its initial value. So the text stays small.
 */
function inlineStyles(source: Element, target: Element, parent: CSSStyleDeclaration | null): void {
  const computed = getComputedStyle(source);
  const style = (target as SVGElement).style;
  for (const property of INHERITED_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value !== '' && (parent === null || parent.getPropertyValue(property) !== value)) style.setProperty(property, value);
  }
  for (const [property, differs] of Object.entries(OWN_PROPERTIES)) {
    const value = computed.getPropertyValue(property);
    if (value !== '' && differs(value)) style.setProperty(property, value);
  }
  const from = source.children;
  const to = target.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i], to[i], computed);
}

/** The background a picture gets: the nearest opaque background behind `el`, else white. */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** `svg` as a standalone SVG document. */
export function standaloneSvg(svg: SVGSVGElement): SvgPicture {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, null);
  for (const property of ['position', 'inset', 'max-width', 'aspect-ratio']) clone.style.removeProperty(property);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const view = clone.viewBox.baseVal;
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of [['x', view.x], ['y', view.y], ['width', view.width], ['height', view.height]] as const) background.setAttribute(name, String(value));
  background.setAttribute('fill', backgroundOf(svg));
  clone.insertBefore(background, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** `picture` drawn at `scale` times its size as PNG. */
export async function svgToPng(picture: SvgPicture, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser gives no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
