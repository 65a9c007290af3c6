// Builds the renderer (React) into dist/renderer, loaded by Electron's app:// scheme and by the web host.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // One chunk for the app; Plot and Arrow are split out so the first screen parses less script.
    rollupOptions: {
      output: {
        manualChunks: (id: string) => (id.includes('@observablehq/plot') || id.includes('/d3-') ? 'plot' : id.includes('apache-arrow') ? 'arrow' : undefined),
      },
    },
    chunkSizeWarningLimit: 1500,
  },
});
