/** SPEC name -> gradient method: adding a method is a new file and one row here. */
import type { GradientMethodName } from '../model/types';
import { adjoint } from './adjoint';
import { finiteDifference } from './finiteDifference';
import { parameterShift } from './parameterShift';
import { spsa } from './spsa';
import type { GradientMethod } from './types';

export const GRADIENT_REGISTRY: Readonly<Record<GradientMethodName, GradientMethod>> = {
  adjoint,
  'parameter-shift': parameterShift,
  'finite-difference': finiteDifference,
  spsa,
};
