import { markDetectorsRunning } from '@/lib/content/handoff';
import { runDetectors } from '@/lib/content/runtime';
import { DETECTOR_SITES, DETECTORS } from '@/lib/detectors';

/**
 * The detectors. On the named sites of the catalogue they load with every page and frame;
 * anywhere else the background injects them into a frame where the sentinel
 * (entrypoints/sentinel.ts) saw the person act. Each detector's `matches` decides where it starts.
 */
export default defineContentScript({
  matches: DETECTOR_SITES.length > 0 ? [...DETECTOR_SITES] : ['https://*/*'],
  registration: DETECTOR_SITES.length > 0 ? 'manifest' : 'runtime',
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    markDetectorsRunning();
    void runDetectors(ctx, DETECTORS);
  },
});
