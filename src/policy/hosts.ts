// Host matching for site rules: `example.com` matches the host and its subdomains,
// `*.example.com` matches subdomains only. Must never match by substring (evil-linkedin.com).
export function hostMatches(host: string, pattern: string): boolean {
  const normalisedHost = host.toLowerCase().replace(/\.$/, '');
  if (pattern.startsWith('*.')) return normalisedHost.endsWith(pattern.slice(1));
  return normalisedHost === pattern || normalisedHost.endsWith(`.${pattern}`);
}

/** The host of an http(s) address, or undefined when it is not one. */
export function hostOf(urlOrHost: string): string | undefined {
  if (!/^https?:\/\//i.test(urlOrHost)) {
    return /^[a-z0-9.-]+$/i.test(urlOrHost) ? urlOrHost.toLowerCase() : undefined;
  }
  try {
    return new URL(urlOrHost).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
