/** Types of scripts/wasm.mjs, for src/core/simd/simd.test.ts. */
export function assemble(watPath: string): Promise<Buffer>;
export function moduleSource(bytes: Buffer): string;
