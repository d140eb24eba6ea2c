import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { examplesPlugin } from "./build/examples.js";
import { stubsPlugin } from "./build/stubs.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
// The project brief (seeds and corpus) beside the checkout, as the repository's tests read it.
const shared = fileURLToPath(new URL("../../../shared/", import.meta.url));

/**
 * The built page's Content Security Policy: scripts, styles, images and fonts from the page's own
 * origin only, and no connection anywhere (`connect-src 'none'`), so the browser itself refuses to
 * send an agreement off the machine. Styles may be inline (CodeMirror's and the rendered
 * document's). Not in the dev server, whose client talks to it over a WebSocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "samverkan-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
  };
}

export default defineConfig({
  // Relative asset paths: the built folder works from any web server and any path on it.
  base: "./",
  plugins: [examplesPlugin(root, shared), stubsPlugin(), contentSecurityPolicy()],
  build: {
    target: "es2022",
    // pdf.js (through unpdf) is one chunk of about 1.6 MB, loaded after the page has rendered.
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
