/** The page theme's colours for axes, grid lines and gaps, read when a chart is drawn (light or dark). */
export function chartTheme(element: Element): { text: string; grid: string; background: string } {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { text: read('--muted', '#5b6475'), grid: read('--line', '#d9dde5'), background: read('--bg', '#ffffff') };
}
