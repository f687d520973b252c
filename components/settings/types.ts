import type { Settings } from '@/lib/settings';

/** What every settings section takes: the settings in force, and a way to change some of them. */
export interface SectionProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}
