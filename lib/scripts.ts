/** The two content-script stages' built files, where the manifest and the scripting API find them. */

/** Built from entrypoints/sentinel.ts, declared in wxt.config.ts. */
export const SENTINEL_SCRIPT = 'sentinel.js';
/** Built from entrypoints/detectors.content.ts, injected by the background. */
export const DETECTORS_SCRIPT = 'content-scripts/detectors.js';
