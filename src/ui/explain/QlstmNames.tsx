/**
 * Small pieces of the QLSTM walkthrough's prose: a circuit named in words with `VQC_k`
 * subscripted, and an input wire's source (`x_5`, `h_4,0`, `m_5,2`) subscripted.
 */
import type { QlstmCircuit } from '../../model/types';
import type { QlstmExplainSuccess } from '../../worker/teachingProtocol';
import { circuitWords, inputSource } from './qlstmFormat';

/** `forget gate VQC_f`, the letter subscripted. */
export function CircuitName({ k }: { k: QlstmCircuit }) {
  return <>{circuitWords(k)} VQC<sub>{k}</sub></>;
}

/** Where input wire `j` comes from, subscripted. */
export function InputSource({ x, j }: { x: QlstmExplainSuccess; j: number }) {
  const { symbol, index } = inputSource(x, j);
  return <>{symbol}<sub>{index}</sub></>;
}
