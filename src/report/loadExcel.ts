/**
 * exceljs, loaded once per context when an XLSX is read or written. In the production build the page
 * and every worker load the one built file of it by the same URL, so the browser downloads it and
 * the offline cache holds it once (bundled, each worker would carry its own 930 kB copy). In Node,
 * tests and the dev server it is the package itself.
 */
import type ExcelJS from 'exceljs'

type ExcelModule = typeof ExcelJS

let loaded: Promise<ExcelModule> | null = null

export function loadExcel(): Promise<ExcelModule> {
  loaded ??= import.meta.env?.PROD ? fromBuiltFile() : import('exceljs').then((m) => m.default)
  return loaded
}

async function fromBuiltFile(): Promise<ExcelModule> {
  const { default: url } = await import('exceljs/dist/exceljs.min.js?url')
  // A UMD script: run as a module it defines ExcelJS on the global object (window or the worker's self).
  await import(/* @vite-ignore */ url)
  const excel = (globalThis as { ExcelJS?: ExcelModule }).ExcelJS
  if (!excel) throw new Error('exceljs did not load')
  return excel
}
