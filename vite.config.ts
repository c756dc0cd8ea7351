import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const renderer = (file: string) => fileURLToPath(new URL(`./renderer/${file}`, import.meta.url));

// base './': the built index.html refers to its assets relatively, so it loads from app:// in
// Electron and from the web bridge alike. document.html is the second page: the documents of the
// house alone, which the PDF renderers (electron/pdf.ts, bridge/pdf.ts) load and print.
export default defineConfig({
  root: renderer(''),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { main: renderer('index.html'), document: renderer('document.html') } },
  },
});
