/**
 * The pictures the Export menu offers: every drawing on the page at the moment the menu
 * opens (the cell diagram and each plot, including those added by other cards later), named
 * by the heading of the card that holds it and, inside a tab panel, by its tab. Icons,
 * drawings inside buttons, dialogs or the top bar, nested SVGs and hidden or tiny ones are
 * left out.
 */

/** One exportable drawing. */
export interface PlotTarget {
  /** Its name in the menu and in the file name: "Loss per epoch", "Gradients, Heat map". */
  name: string;
  svg: SVGSVGElement;
}

/** Smallest drawing offered, in CSS pixels (icons are 16 to 24). */
const MIN_SIZE = 48;

/** The text of the element `ids` (an `aria-labelledby` list) names. */
function labelText(ids: string | null): string {
  if (!ids) return '';
  return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '').filter(Boolean).join(' ');
}

/** The name of the card (and tab) holding `svg`, or `null` when it is in no labelled card. */
function targetName(svg: Element): string | null {
  const card = svg.closest('section[aria-labelledby]');
  const title = card ? labelText(card.getAttribute('aria-labelledby')) : '';
  if (!title) return null;
  const tab = labelText(svg.closest('[role="tabpanel"]')?.getAttribute('aria-labelledby') ?? null);
  return tab ? `${title}, ${tab}` : title;
}

/** Whether `svg` is a drawing worth exporting. */
function exportable(svg: SVGSVGElement): boolean {
  if (svg.closest('button, dialog, header.topbar, [aria-hidden="true"]') || svg.parentElement?.closest('svg')) return false;
  const box = svg.getBoundingClientRect();
  return box.width >= MIN_SIZE && box.height >= MIN_SIZE;
}

/** Names made unique by numbering repeats: "Plot", "Plot (2)". */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** The drawings under `root` (default: the page), in document order. */
export function findPlotTargets(root: ParentNode = document): PlotTarget[] {
  const found: { name: string; svg: SVGSVGElement }[] = [];
  for (const svg of Array.from(root.querySelectorAll('svg'))) {
    if (!exportable(svg)) continue;
    const name = targetName(svg);
    if (name) found.push({ name, svg });
  }
  const names = uniqueNames(found.map((f) => f.name));
  return found.map((f, i) => ({ ...f, name: names[i] }));
}
