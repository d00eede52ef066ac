/**
 * The deployment headers (docs/sharing.md §7): `vite preview` serves the built lab with the
 * HTTP headers a deployment should send, so the tested build is served as a deployed one:
 * the Content Security Policy with `frame-ancestors 'none'` (which a meta tag cannot say),
 * and the rest, on the page and on its assets.
 */
import { expect, test } from '@playwright/test';

const EXPECTED: Record<string, RegExp> = {
  'content-security-policy': /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; .*object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/,
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^no-referrer$/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'permissions-policy': /camera=\(\), microphone=\(\), geolocation=\(\)/,
};

test('the preview serves the page and its assets with the deployment headers', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], name).toMatch(value);

  const script = await page.locator('script[type="module"]').first().getAttribute('src');
  const asset = await page.request.get(new URL(script ?? '', page.url()).href);
  expect(asset.status()).toBe(200);
  for (const [name, value] of Object.entries(EXPECTED)) expect(asset.headers()[name], `${name} on ${script}`).toMatch(value);
});
