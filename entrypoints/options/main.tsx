import { render } from 'preact';
import '@/components/theme.css';
import { loadPageSettings } from '@/components/page-settings';
import './style.css';
import { App } from './App';

const { settings, t } = await loadPageSettings('optionsTitle');
render(<App t={t} settings={settings} />, document.getElementById('app') as HTMLElement);
