/** Latency samples in milliseconds, summarised by nearest-rank percentiles. */
export class Samples {
  private readonly values: number[] = [];

  /** Times one awaited operation and keeps its duration. */
  async time<T>(operation: () => Promise<T> | T): Promise<T> {
    const { result, elapsed } = await timed(operation);
    this.add(elapsed);
    return result;
  }

  add(milliseconds: number): void {
    this.values.push(milliseconds);
  }

  get count(): number {
    return this.values.length;
  }

  percentile(p: number): number {
    if (this.values.length === 0) throw new Error('no samples');
    const sorted = [...this.values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
  }

  get p50(): number {
    return this.percentile(50);
  }

  get p99(): number {
    return this.percentile(99);
  }
}

export async function timed<T>(operation: () => Promise<T> | T): Promise<{ result: T; elapsed: number }> {
  const start = process.hrtime.bigint();
  const result = await operation();
  return { result, elapsed: Number(process.hrtime.bigint() - start) / 1e6 };
}

export function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}
