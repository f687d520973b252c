import { defineConfig } from 'wxt';
import { SENTINEL_SCRIPT } from './lib/scripts';

export const GECKO_ID = 'shadow-work@shadow-work.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // Vite's module-preload polyfill fetches chunks with fetch(): browsers that run these
  // extensions preload modules natively, and the shipped code then holds no network call at all.
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  hooks: {
    // The sentinel runs on every page as a plain script (see entrypoints/sentinel.ts for why).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        { matches: ['http://*/*', 'https://*/*'], js: [SENTINEL_SCRIPT], all_frames: true, run_at: 'document_idle' },
        ...(manifest.content_scripts ?? []),
      ];
    },
  },
  zip: {
    // What AMO's reviewers need to rebuild the Firefox package, and nothing else: not the tests,
    // their fixtures (megabytes of saved pages) or the screenshots.
    includeSources: [
      'components/**',
      'entrypoints/**',
      'lib/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'CHANGELOG.md',
      'PRIVACY.md',
    ],
  },
  autoIcons: {
    baseIconPath: 'public/icon.svg',
    developmentIndicator: false,
    sizes: [128, 96, 48, 32, 16],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in the README ("Permissions"); test/e2e/build.test.ts keeps them in step.
    permissions: ['storage', 'scripting', 'alarms'],
    // Asked for only when the person turns the weekly digest on.
    optional_permissions: ['notifications'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
