import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

// Only what a stacked bar chart draws, so that the popup loads as little of Chart.js as it can.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export { Chart };
