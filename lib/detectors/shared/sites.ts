import { MatchPattern } from 'wxt/utils/match-patterns';

/** A detector's `matches` for its `sites`: true on a URL any of the match patterns includes. */
export function matchesSites(patterns: readonly string[]): (url: URL) => boolean {
  const parsed = patterns.map((pattern) => new MatchPattern(pattern));
  // By its text: given an object, MatchPattern tests `instanceof Location`, which a service worker lacks.
  return (url) => parsed.some((pattern) => pattern.includes(url.href));
}

/** Match patterns for one host name on several country domains: `onDomains('www.amazon', ['fr', 'de'])`. */
export function onDomains(name: string, domains: readonly string[], path = '/*'): string[] {
  return domains.map((domain) => `*://${name}.${domain}${path}`);
}
