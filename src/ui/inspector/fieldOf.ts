/**
 * Which inspector field a refusal belongs to: the one the parser's path names (an angle's
 * `param`, `input`, `factor`, `offset`, `transform`, `bias`; a gate's `wires` or `gate`), else
 * the field the edit was made in (a parameter's value, refused at `params.NAME`, included).
 */

/** The inspector's fields; `paramValue` and `biasValue` edit the values of the angle's parameters. */
export type InspectorField = 'kind' | 'wires' | 'mode' | 'value' | 'param' | 'input' | 'transform' | 'factor' | 'offset' | 'bias' | 'paramValue' | 'biasValue';

const BY_KEY: Record<string, InspectorField> = { param: 'param', input: 'input', factor: 'factor', offset: 'offset', transform: 'transform', bias: 'bias', wires: 'wires', gate: 'kind' };

/** The field for a refusal at `path`, made through `edited`. */
export function fieldOf(path: string, edited: InspectorField): InspectorField {
  // Only a gate's own paths: `params.bias` names a parameter called "bias", not the angle's bias.
  const match = /^model\.cell\[\d+\]\.(?:angle\.(param|input|factor|offset|transform|bias)|(wires|gate))(\[\d+\])?$/.exec(path);
  return match ? BY_KEY[match[1] ?? match[2]] : edited;
}
