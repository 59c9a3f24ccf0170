// The development manifest key and the fixed extension id it yields.
// Public key only: it pins the unpacked extension's id so managed policy can target it.
// Never put a private key here; store builds get their id from the store instead.

export const DEV_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtZxLpYIoTA6DvbjZpxiDkr39sHIhPdkgeRbmqEAbrrR0KikJ3MDx0GwcvyHEFS2USq8+NAUel6fgBJvfq1j9LUVAo3oWPrA3kCmKTByY04HgiT7BCPz9sXrcaieAq7moZuP9Gi5u9dR1URgMOYdsSzSpvUY/GpdC3Wdg7SxvsAMjIPtCi0h9/xcGC5jO7PEWFry/b/5OXooRFJEbgEq4ObVQgEsBGvTcBtUgnYKwOFh8CX/1j0bDjfKVY01hYzJP3wbhFlaOsq64ApRzFiMjOXb3Xt5s8pnYVBNtxfpK1nvSoWKECWuiKBgh2zxgSkkP0ND1tRZ8X6a2+uzvswAp9QIDAQAB';

/** id = first 32 hex digits of sha256(DER of the key), each hex digit mapped 0-f to a-p. */
export const DEV_EXTENSION_ID = 'lcllegdidckiijolhdmoifjbpceafmka';
