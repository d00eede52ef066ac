import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The built page's Content Security Policy: scripts, styles, workers, fetches and images only
 * from the lab's own origin (plus `data:` and `blob:` images for the favicon and the PNG
 * export, `blob:` workers), no plugins, no `<base>`, no form submissions. No inline script or
 * style element runs; React sets inline styles through the CSSOM, which the policy allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self' blob:", "style-src 'self'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

/**
 * The HTTP headers a deployment should send with every response (docs/sharing.md §7), and
 * that `vite preview` sends, so the tested build is served as a deployment serves it. The
 * meta tag cannot forbid framing or set the others: only a header can. `frame-ancestors
 * 'none'` (and the legacy `X-Frame-Options: DENY`) keep the lab out of other sites' frames
 * (clickjacking); `nosniff` makes browsers trust the declared types; `no-referrer` keeps the
 * page's address out of other requests; the opener and resource policies isolate the page
 * from other origins' windows and embeds; the permissions policy turns off what the lab
 * never uses. HSTS belongs on the HTTPS deployment only (see the docs).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * Adds the policy as a `<meta http-equiv>` to the built `index.html` only: the dev server
 * injects inline scripts and style elements (module hot reload, React Refresh) that a strict
 * policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'qrnn-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Fonts stay files, never data: URLs: the policy's font-src is 'self' only, and Vite would
    // otherwise inline KaTeX's smallest font (under 4 KB) into the stylesheet, where it is blocked.
    assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/testSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
