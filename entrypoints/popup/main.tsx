import { render } from 'preact';
import '@/components/theme.css';
import './style.css';
import { loadPageSettings } from '@/components/page-settings';
import { loadBarChart } from '@/components/WeekChart';
import { readHealth } from '@/lib/health';
import { openDb } from '@/lib/store/db';
import { weekOf } from '@/lib/week';
import { App } from './App';
import { loadStatus, loadWeekView } from './data';

// Everything the first paint needs starts at once: Chart.js, this week's rows, the settings and the words.
void loadBarChart();
const db = openDb();
const view = loadWeekView(db, weekOf(Date.now()));
const status = loadStatus(db);
const health = readHealth();
const { settings, t } = await loadPageSettings('payslipTitle');
render(
  <App db={db} settings={settings} t={t} view={await view} status={await status} health={await health} />,
  document.getElementById('app') as HTMLElement,
);
