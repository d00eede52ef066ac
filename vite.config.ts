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
  "default-src 'self'", "script-src 'self'", "worker-src 'self' blob:", "style-src 'self'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');

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
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/testSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
