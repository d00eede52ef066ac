/** SPEC name -> QLSTM gradient method, beside the QRNN's `GRADIENT_REGISTRY` (src/gradients/registry.ts). */
import type { GradientMethodName } from '../model/types';
import { qlstmAdjoint } from './adjoint';
import { qlstmFiniteDifference } from './finiteDifference';
import { qlstmParameterShift } from './parameterShift';
import { qlstmSpsa } from './spsa';
import type { QlstmGradientMethod } from './types';

export const QLSTM_GRADIENT_REGISTRY: Readonly<Record<GradientMethodName, QlstmGradientMethod>> = {
  adjoint: qlstmAdjoint,
  'parameter-shift': qlstmParameterShift,
  'finite-difference': qlstmFiniteDifference,
  spsa: qlstmSpsa,
};
