import { useT } from './i18n';

export interface SiteSwitchProps {
  /** The registrable domain of the tab the popup was opened over. */
  site: string;
  off: boolean;
  onToggle: () => void;
}

/** Turns recording off, or back on, for the site of the current tab, in one click. */
export function SiteSwitch({ site, off, onToggle }: SiteSwitchProps) {
  const t = useT();
  return (
    <div class="site-switch" data-testid="site-switch">
      <span class="muted">{off ? t('siteIsOff', site) : t('siteIsOn', site)}</span>
      <button type="button" data-testid="site-toggle" onClick={onToggle}>
        {off ? t('turnSiteOn') : t('turnSiteOff')}
      </button>
    </div>
  );
}
