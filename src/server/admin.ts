/**
 * The operator's command: `npm run admin -- add-user --email EMAIL --name "NAME" --role ROLE
 * [--unit "UNIT"]` (a secretaría account needs its unit, made when no unit has that name), the
 * password on standard input. Uses the database the server uses (DATABASE_URL, or POA_DATA_DIR).
 * Exit codes: 0 done, 1 refused (taken address, short password, database unavailable), 2 wrong arguments.
 */
import { parseArgs } from 'node:util'
import { isRole } from '../report/team/account'
import type { Bilingual } from '../report/types'
import { adminMessages, USAGE } from './admin/adminMessages'
import { readPassword } from './admin/readPassword'
import { checkPasswordStrength, createAccount, EMAIL_PATTERN } from './auth/accounts'
import { recordAudit } from './auth/audit'
import { openConfiguredDb } from './db/openConfiguredDb'
import { ApiError } from './http/apiError'
import { OperatorError } from './operatorMessages'
import { databaseConfig } from './serverConfig'
import { checkedUnitName, unitNamed } from './units/units'

type Lang = 'es' | 'en'

class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en)
  }
}

function options(argv: readonly string[]) {
  if (argv.some((arg) => arg === '--password' || arg.startsWith('--password='))) throw new UsageError(adminMessages.passwordArgument)
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, unit: { type: 'string' }, lang: { type: 'string', default: 'es' } },
    })
  } catch (e) {
    throw new UsageError(adminMessages.badArguments(e instanceof Error ? e.message : String(e)))
  }
}

async function addUser(argv: readonly string[], lang: Lang): Promise<void> {
  const { values, positionals } = options(argv)
  const [command] = positionals
  if (command !== 'add-user') throw new UsageError(command ? adminMessages.unknownCommand(command) : adminMessages.missing('add-user'))
  const { email, name, role, unit } = values
  if (!email) throw new UsageError(adminMessages.missing('--email'))
  if (!new RegExp(EMAIL_PATTERN).test(email)) throw new UsageError(adminMessages.badEmail(email))
  if (!name?.trim()) throw new UsageError(adminMessages.missing('--name'))
  if (!role) throw new UsageError(adminMessages.missing('--role'))
  if (!isRole(role)) throw new UsageError(adminMessages.badRole(role))
  if (role === 'secretaria' && unit === undefined) throw new UsageError(adminMessages.unitRequired)
  if (role !== 'secretaria' && unit !== undefined) throw new UsageError(adminMessages.unitNotForRole)
  if (unit !== undefined) checkedUnitName(unit)
  const password = await readPassword(adminMessages.passwordPrompt[lang])
  if (!password) throw new OperatorError(adminMessages.noPassword)
  checkPasswordStrength(password)
  const db = await openConfiguredDb(databaseConfig(process.env))
  try {
    const lines = await db.transaction(async (tx) => {
      const named = unit === undefined ? null : await unitNamed(tx, unit)
      const account = await createAccount(tx, { email, name, role, password, unit: named?.unit.id ?? null })
      const detail: Record<string, string> = named ? { role, unit: named.unit.id } : { role }
      await recordAudit(tx, { action: 'account.create', success: true, actorId: null, email: account.email, address: 'admin-command', detail })
      return [...(named?.created ? [adminMessages.unitCreated(named.unit.name)] : []), adminMessages.created(account.name, account.email, account.role, named?.unit.name ?? null)]
    })
    for (const line of lines) process.stdout.write(`${line[lang]}\n`)
  } finally {
    await db.close()
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const langAt = argv.indexOf('--lang')
  const lang: Lang = argv.includes('--lang=en') || (langAt >= 0 && argv[langAt + 1] === 'en') ? 'en' : 'es'
  try {
    await addUser(argv, lang)
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.text[lang]}\n\n${USAGE[lang]}\n`)
      process.exitCode = 2
    } else if (e instanceof OperatorError || e instanceof ApiError) {
      process.stderr.write(`${e instanceof ApiError ? e.body[lang] : e.text[lang]}\n`)
      process.exitCode = 1
    } else {
      throw e
    }
  }
}

await main()
