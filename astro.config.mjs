// @ts-check
import { defineConfig } from 'astro/config';
import { editorChecks } from './src/integrations/editor-checks.ts';

export default defineConfig({
  // Editors and CI build the same static site; nothing here assumes a server.
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [editorChecks()],
});
