/** Small statistics for benchmark figures: this machine is noisy, so report medians and p95, never single runs. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

export function fmt(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

const results: { budget: string; value: string; pass: boolean }[] = [];

/** Prints a budget line now and remembers it for the summary. */
export function budget(name: string, value: string, pass: boolean): void {
  results.push({ budget: name, value, pass });
  console.log(`  ${pass ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
}

export function summary(): boolean {
  console.log('\nBudgets');
  for (const r of results) console.log(`  ${r.pass ? 'PASS' : 'FAIL'}  ${r.budget}: ${r.value}`);
  return results.every((r) => r.pass);
}
