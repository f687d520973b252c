import type { Chart, ChartConfiguration } from 'chart.js';
import type { RefObject } from 'preact';
import { type Inputs, useEffect } from 'preact/hooks';
import { chartTheme } from './theme';

/**
 * Draws a chart on `canvas` once Chart.js (loaded apart from the page by `load`) is there,
 * in the page theme's colours; draws it again when `inputs` change.
 */
export function useChart(
  canvas: RefObject<HTMLCanvasElement | null>,
  load: () => Promise<{ Chart: typeof Chart }>,
  makeConfig: (theme: ReturnType<typeof chartTheme>) => ChartConfiguration<'bar' | 'line'>,
  inputs: Inputs,
  onDrawn?: () => void,
): void {
  useEffect(() => {
    let chart: Chart | undefined;
    let cancelled = false;
    void load().then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      chart = new Chart(canvas.current, makeConfig(chartTheme(canvas.current)) as ChartConfiguration);
      onDrawn?.();
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, inputs);
}
