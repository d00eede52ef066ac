/**
 * Tests of the register limits in words: the true memory figures of a density matrix.
 */
import { describe, expect, it } from 'vitest';
import { densityMatrixBytes, formatBytes, qubitLimitMessage, slowRegisterNotice } from './limits';

describe('limits', () => {
  it('densityMatrixBytes(n) is 16 * 4^n: 1 GiB at 13 qubits, 256 MiB at 12', () => {
    expect(densityMatrixBytes(13)).toBe(1024 ** 3);
    expect(densityMatrixBytes(12)).toBe(256 * 1024 ** 2);
    expect(densityMatrixBytes(1)).toBe(64);
  });

  it('formatBytes(b) uses binary units and one decimal when needed', () => {
    expect(formatBytes(1024 ** 3)).toBe('1 GiB');
    expect(formatBytes(4 * 1024 ** 2)).toBe('4 MiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(64)).toBe('64 bytes');
  });

  it('qubitLimitMessage(13) names the limit and the memory 13 qubits would need', () => {
    expect(qubitLimitMessage(13)).toMatch(/^QRNN Lab simulates at most 12 qubits: a density matrix of 13 qubits holds 4\^13 complex numbers, 1 GiB at 16 bytes each \(12 qubits need 256 MiB\)/);
  });

  it('slowRegisterNotice(model) speaks only above 8 qubits, naming the state the simulator works on', () => {
    const register = (dataQubits: number, hiddenQubits: number, recurrence: 'measure-reset' | 'coherent' = 'measure-reset', p1 = 0) =>
      ({ dataQubits, hiddenQubits, recurrence, noise: { p1, p2: 0, gamma: 0, q: 0 } });
    expect(slowRegisterNotice(register(1, 7))).toBeNull();
    expect(slowRegisterNotice(register(1, 11))).toMatch(/^12 qubits: the working state is up to 128 MiB \(4,096 rows by 2,048 columns\)/);
    expect(slowRegisterNotice(register(1, 8, 'coherent'))).toMatch(/^9 qubits: each density matrix is 4 MiB/);
    expect(slowRegisterNotice(register(1, 8, 'measure-reset', 0.01))).toMatch(/^9 qubits: each density matrix is 4 MiB/);
  });
});
