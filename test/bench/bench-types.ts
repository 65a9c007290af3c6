// What a benchmark module exports: `export const benchmarks: Benchmark[]`, each producing table rows.

export interface BenchRow {
  measure: string;
  value: number;
  unit: string;
  /** The budget from DESIGN.md section 9, as text ("< 2 s"). */
  budget?: string;
  /** value / budget limit: below 1 is within budget. */
  ratio?: number;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchRow[]>;
}
