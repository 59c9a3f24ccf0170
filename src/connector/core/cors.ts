// CORS headers for browser-extension origins only (the extension is the connector's only browser client).
// Must never allow a web page origin.
const EXTENSION_ORIGIN = /^(chrome|moz|ms-browser|safari-web)-extension:\/\/[a-z0-9-]+$/i;

export function cors(origin: string | undefined): Record<string, string> {
  if (!origin || !EXTENSION_ORIGIN.test(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'content-type',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}
