import { spawn } from 'node:child_process'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { forEachDatabase } from './databases'
import { startTestServer, type TestServer } from './testServer'

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** `npm run admin -- ARGS` as the operator runs it: a child process, the password written on its standard input. */
function admin(args: readonly string[], env: Readonly<Record<string, string>>, stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['src/server/admin.ts', ...args], { env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin)
  })
}

const ADD_ANA = ['add-user', '--email', 'ana@quito.gob.ec', '--name', 'Ana Pérez', '--role', 'secretaria', '--unit', 'Secretaría de Salud']

forEachDatabase('the admin command', (database) => {
  let server: TestServer
  beforeAll(async () => void (server = await startTestServer(database.db)))
  afterAll(() => server.close())

  // The embedded database belongs to one process: the server stops while the command runs.
  async function withServerStopped<T>(run: () => Promise<T>): Promise<T> {
    await server.close()
    await database.close()
    try {
      return await run()
    } finally {
      await database.reopen()
      server = await startTestServer(database.db)
    }
  }

  it('add-user makes an account of its unit (made when missing) from the password on standard input, and it signs in', async () => {
    const run = await withServerStopped(() => admin(ADD_ANA, database.env, 'clave-de-ana-2026\n'))
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('Unidad creada: Secretaría de Salud.\nCuenta creada: Ana Pérez <ana@quito.gob.ec>, rol secretaria, unidad Secretaría de Salud.\n')
    expect(run.code).toBe(0)
    const signIn = await server.call('POST', '/api/sign-in', { body: { email: 'ana@quito.gob.ec', password: 'clave-de-ana-2026' } })
    expect(signIn.status).toBe(200)
    expect(signIn.json).toMatchObject({ account: { name: 'Ana Pérez', role: 'secretaria', unit: { name: 'Secretaría de Salud' } } })
    const [audit] = await database.db.query("select action, address from audit where action = 'account.create'")
    expect(audit).toEqual({ action: 'account.create', address: 'admin-command' })
  })

  // These refusals come before the database is opened: the server may keep running.
  it('refuses a password given as an argument, and a short one, creating nothing', async () => {
    const argument = await admin([...ADD_ANA, '--password', 'clave-de-ana-2026'], database.env, '')
    expect(argument.code).toBe(2)
    expect(argument.stderr).toContain('La contraseña no se pasa como argumento')
    const short = await admin([...ADD_ANA, '--lang', 'en'], database.env, 'corta\n')
    expect(short.code).toBe(1)
    expect(short.stderr).toBe('The password must have at least 10 characters.\n')
    expect(await database.db.query('select email from accounts')).toEqual([])
  })

  it('says what is wrong with an unknown role, and that an email already has an account', async () => {
    const role = await admin(['add-user', '--email', 'a@quito.gob.ec', '--name', 'A', '--role', 'jefe'], database.env, 'x\n')
    expect(role.code).toBe(2)
    expect(role.stderr).toContain('Rol desconocido: «jefe» (use planificacion, secretaria o consulta).')
    const again = await withServerStopped(async () => {
      await admin(ADD_ANA, database.env, 'clave-de-ana-2026\n')
      return admin(ADD_ANA, database.env, 'otra-clave-de-ana\n')
    })
    expect(again.code).toBe(1)
    expect(again.stderr).toBe('Ya existe una cuenta con ese correo electrónico.\n')
  })

  it('a second account of a unit joins the unit of that name, whatever its case; a planning account has none', async () => {
    const runs = await withServerStopped(async () => [
      await admin(ADD_ANA, database.env, 'clave-de-ana-2026\n'),
      await admin(
        ['add-user', '--email', 'rosa@quito.gob.ec', '--name', 'Rosa Andrade', '--role', 'secretaria', '--unit', 'SECRETARÍA DE SALUD', '--lang', 'en'],
        database.env,
        'clave-de-rosa-2026\n',
      ),
      await admin(['add-user', '--email', 'carmen@quito.gob.ec', '--name', 'Carmen Ruiz', '--role', 'planificacion'], database.env, 'clave-de-carmen-2026\n'),
    ])
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0])
    expect(runs[1]!.stdout).toBe('Account created: Rosa Andrade <rosa@quito.gob.ec>, role secretaria, unit Secretaría de Salud.\n')
    expect(runs[2]!.stdout).toBe('Cuenta creada: Carmen Ruiz <carmen@quito.gob.ec>, rol planificacion.\n')
    const rows = await database.db.query('select a.email, u.name as unit from accounts a left join units u on u.id = a.unit_id order by a.email')
    expect(rows).toEqual([
      { email: 'ana@quito.gob.ec', unit: 'Secretaría de Salud' },
      { email: 'carmen@quito.gob.ec', unit: null },
      { email: 'rosa@quito.gob.ec', unit: 'Secretaría de Salud' },
    ])
  })

  // Refused before the database is opened: the server may keep running.
  it('refuses a secretaría account without --unit, and --unit for another role, creating nothing', async () => {
    const noUnit = await admin(ADD_ANA.slice(0, -2), database.env, 'clave-de-ana-2026\n')
    expect(noUnit.code).toBe(2)
    expect(noUnit.stderr).toContain('Una cuenta de secretaría pertenece a una unidad: añada --unit "NOMBRE DE LA UNIDAD".')
    const reader = await admin(['add-user', '--email', 'luis@quito.gob.ec', '--name', 'Luis', '--role', 'consulta', '--unit', 'Salud', '--lang', 'en'], database.env, 'x\n')
    expect(reader.code).toBe(2)
    expect(reader.stderr).toContain('Only a secretaria account belongs to a unit: leave out --unit.')
    const empty = await admin([...ADD_ANA.slice(0, -2), '--unit', '  '], database.env, 'clave-de-ana-2026\n')
    expect(empty.code).toBe(1)
    expect(empty.stderr).toBe('Escriba el nombre de la unidad.\n')
    expect(await database.db.query('select email from accounts')).toEqual([])
    expect(await database.db.query('select name from units')).toEqual([])
  })

  if (database.kind === 'pglite') {
    it('refuses the embedded database while the server holds it, saying so', async () => {
      const run = await admin(ADD_ANA, database.env, 'clave-de-ana-2026\n')
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^La carpeta de datos .* está en uso por otro proceso \(\d+\), quizá el servidor: deténgalo antes, o use DATABASE_URL\.\n$/)
    })
  }
})
