/**
 * Which inspector field a refusal belongs to: the one the parser's path names (an angle's
 * `param`, `input`, `factor`, `offset`, `transform`; a gate's `wires` or `gate`), else the
 * field the edit was made in.
 */

/** The inspector's fields. */
export type InspectorField = 'kind' | 'wires' | 'mode' | 'value' | 'param' | 'input' | 'transform' | 'factor' | 'offset';

const BY_KEY: Record<string, InspectorField> = { param: 'param', input: 'input', factor: 'factor', offset: 'offset', transform: 'transform', wires: 'wires', gate: 'kind' };

/** The field for a refusal at `path`, made through `edited`. */
export function fieldOf(path: string, edited: InspectorField): InspectorField {
  const match = /\.(param|input|factor|offset|transform|wires|gate)(\[\d+\])?$/.exec(path);
  return match ? BY_KEY[match[1]] : edited;
}
