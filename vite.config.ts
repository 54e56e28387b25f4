/// <reference types="vitest/config" />
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * Writes the list of every built file, and a version hashed from their contents, at the top of
 * dist/sw.js: the service worker caches them all on install (lazy chunks and workers included, so
 * the app works offline after one visit), and each build changes sw.js, so browsers install the new one.
 */
function precacheManifest(): Plugin {
  let outDir = ''
  return {
    name: 'poa-precache-manifest',
    apply: 'build',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    closeBundle() {
      const worker = path.join(outDir, 'sw.js')
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .filter((file) => file !== 'sw.js' && !file.endsWith('.map'))
        .sort()
      const version = createHash('sha256')
      for (const file of files) version.update(file).update(readFileSync(path.join(outDir, file)))
      const manifest = { version: version.digest('hex').slice(0, 16), files }
      writeFileSync(worker, `self.__PRECACHE__ = ${JSON.stringify(manifest)}\n${readFileSync(worker, 'utf8')}`)
    },
  }
}

export default defineConfig({
  plugins: [react(), precacheManifest()],
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // The query client runs from the first paint; the table and the virtualizer with the grid.
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
  // ES-module workers load exceljs by dynamic import only for XLSX: CSV/JSON exports and text imports
  // never download it (an IIFE worker would carry it always).
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'browser-side',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts'],
          testTimeout: 20000,
        },
      },
      {
        // The team server: Node, against PGlite and a throwaway PostgreSQL 15 started once per run.
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/server/globalSetup.ts'],
          testTimeout: 60000,
          hookTimeout: 120000,
        },
      },
    ],
  },
})
