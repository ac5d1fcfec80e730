export function encodeSorted(model: { embed(input: string[]): Promise<number[][]> }, sentences: readonly string[]): Promise<Float32Array[]>;
