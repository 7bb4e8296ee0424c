import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
  // The PDF worker is an ES module, like the app.
  worker: { format: 'es' },
});
