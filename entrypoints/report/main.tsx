import { render } from 'preact';
import '@/components/theme.css';
import { loadPageSettings } from '@/components/page-settings';
import './style.css';
import { App } from './App';

const { settings, t } = await loadPageSettings('reportTitle');
render(<App settings={settings} t={t} />, document.getElementById('app') as HTMLElement);
