/**
 * The report tool on the command line, on the same code as the app:
 *   validate FILE [--mapping TEMPLATES.json] [--json] [--lang en]
 *   export FILE --format source|csv|xlsx|json --out OUT [--mapping TEMPLATES.json] [--delimiter ';'|','] [--lang en]
 *   compare FILE_A FILE_B [--mapping TEMPLATES.json] [--json] [--mode versions|years] [--lang en]
 * Exit codes: 0 done, 1 unreadable input or unwritable output, 2 wrong arguments. Never a stack trace.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { MatchMode } from '../report/compare/matchMetas'
import type { Bilingual, Report } from '../report/types'
import { msg, USAGE, type Lang } from './cliMessages'
import { compareFiles, compareOutput, MATCH_MODES } from './compareCommand'
import { exportBytes, FORMATS, type ExportFormat } from './exportCommand'
import { readReport } from './readReport'
import { validate } from './validateCommand'

class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en)
  }
}

function options(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'es' },
        format: { type: 'string' },
        out: { type: 'string' },
        delimiter: { type: 'string', default: ';' },
        mode: { type: 'string' },
        mapping: { type: 'string' },
      },
    })
  } catch (e) {
    throw new UsageError(msg.badArguments(e instanceof Error ? e.message : String(e)))
  }
}

/**
 * Reads a report for a command, a table of another form through the --mapping templates; a file
 * that cannot be read is said on stderr (and as JSON with --json).
 */
async function readOrSay(file: string, json: boolean, lang: Lang, mapping: string | undefined): Promise<Report | null> {
  const read = await readReport(file, mapping)
  if ('report' in read) return read.report
  process.stderr.write(`${read.message[lang]}\n`)
  if (json && read.error) process.stdout.write(`${JSON.stringify({ error: { ...read.error, message: read.error.message[lang] } }, null, 2)}\n`)
  return null
}

async function compare(files: readonly string[], values: ReturnType<typeof options>['values'], lang: Lang): Promise<number> {
  const [fileA, fileB] = files
  if (!fileA) throw new UsageError(msg.missingFile)
  if (!fileB) throw new UsageError(msg.missingSecondFile)
  if (values.mode !== undefined && !MATCH_MODES.includes(values.mode as MatchMode)) throw new UsageError(msg.badMode(values.mode))
  const a = await readOrSay(fileA, values.json, lang, values.mapping)
  const b = a && (await readOrSay(fileB, values.json, lang, values.mapping))
  if (!a || !b) return 1
  const tables = compareFiles({ file: fileA, report: a }, { file: fileB, report: b }, values.mode as MatchMode | undefined)
  process.stdout.write(`${compareOutput(tables, values.json, lang)}\n`)
  return 0
}

async function run(argv: readonly string[], lang: Lang): Promise<number> {
  const { values, positionals } = options(argv)
  const [command, file] = positionals
  if (command === undefined) throw new UsageError(msg.missingCommand)
  if (command === 'compare') return compare(positionals.slice(1), values, lang)
  if (command !== 'validate' && command !== 'export') throw new UsageError(msg.unknownCommand(command))
  if (!file) throw new UsageError(msg.missingFile)
  if (command === 'export') {
    if (!FORMATS.includes(values.format as ExportFormat)) throw new UsageError(msg.badFormat(values.format ?? ''))
    if (!values.out) throw new UsageError(msg.missingOut)
  }
  const delimiter = values.delimiter
  if (delimiter !== ';' && delimiter !== ',') throw new UsageError(msg.badDelimiter(delimiter))
  const report = await readOrSay(file, values.json, lang, values.mapping)
  if (!report) return 1
  if (command === 'validate') {
    process.stdout.write(`${validate(report, values.json, lang)}\n`)
    return 0
  }
  const out = values.out!
  const bytes = await exportBytes(report, values.format as ExportFormat, delimiter, lang)
  try {
    writeFileSync(out, bytes)
  } catch (e) {
    process.stderr.write(`${msg.cannotWrite(out, msg.fsReason((e as NodeJS.ErrnoException).code, 'write'))[lang]}\n`)
    return 1
  }
  process.stdout.write(`${msg.written(out, bytes.length, report.metas.length)[lang]}\n`)
  return 0
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const langAt = argv.indexOf('--lang')
  const lang: Lang = argv.includes('--lang=en') || (langAt >= 0 && argv[langAt + 1] === 'en') ? 'en' : 'es'
  try {
    process.exitCode = await run(argv, lang)
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.text[lang]}\n\n${USAGE[lang]}\n`)
      process.exitCode = 2
    } else {
      process.stderr.write(`${msg.unexpected(e instanceof Error ? e.message : String(e))[lang]}\n`)
      process.exitCode = 1
    }
  }
}

void main()
