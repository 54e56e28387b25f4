import { afterAll, beforeAll, expect, it } from 'vitest'
import { MAX_UNIT_NAME } from '../../../src/report/team/unit'
import { createTeamApi } from '../../../src/sync/teamApi'
import { forEachDatabase } from '../databases'
import { signedIn, startTeamServer, type TeamServer } from '../teamServer'
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../testServer'

interface Unit {
  id: string
  name: string
}

forEachDatabase('units', (database) => {
  let server: TestServer
  beforeAll(async () => void (server = await startTestServer(database.db)))
  afterAll(() => server.close())

  async function signIn(role: 'planificacion' | 'secretaria' | 'consulta', email = `${role}@quito.gob.ec`): Promise<string> {
    await addAccount(database.db, email, role)
    return server.signIn(email, PASSWORD)
  }

  const units = async (session: string) => ((await server.call('GET', '/api/units', { session })).json as { units: Unit[] }).units

  it('planning adds units (spaces tidied) and renames one; every signed-in account lists them by name', async () => {
    const planner = await signIn('planificacion')
    const salud = await server.call('POST', '/api/units', { session: planner, body: { name: '  Secretaría   de Salud ' } })
    expect(salud.status).toBe(201)
    expect(salud.json).toEqual({ unit: { id: expect.any(String), name: 'Secretaría de Salud' } })
    const cultura = (await server.call('POST', '/api/units', { session: planner, body: { name: 'Secretaría de Cultura' } })).json as { unit: Unit }
    const renamed = await server.call('PATCH', `/api/units/${cultura.unit.id}`, { session: planner, body: { name: 'Secretaría de Cultura y Patrimonio' } })
    expect(renamed.status).toBe(200)
    expect(renamed.json).toEqual({ unit: { id: cultura.unit.id, name: 'Secretaría de Cultura y Patrimonio' } })
    const expected = [{ id: cultura.unit.id, name: 'Secretaría de Cultura y Patrimonio' }, (salud.json as { unit: Unit }).unit]
    for (const role of ['planificacion', 'secretaria', 'consulta'] as const) {
      const session = role === 'planificacion' ? planner : await signIn(role)
      expect(await units(session)).toEqual(expected)
    }
    expect((await server.call('GET', '/api/units')).status).toBe(401)
    const audit = await database.db.query("select action, detail->>'name' as name from audit where action like 'unit.%' order by id")
    expect(audit).toEqual([
      { action: 'unit.create', name: 'Secretaría de Salud' },
      { action: 'unit.create', name: 'Secretaría de Cultura' },
      { action: 'unit.rename', name: 'Secretaría de Cultura y Patrimonio' },
    ])
  })

  it('refuses a name another unit has, whatever its case (409), an empty one and a too long one (400), saying so in both languages', async () => {
    const planner = await signIn('planificacion')
    await server.call('POST', '/api/units', { session: planner, body: { name: 'Secretaría de Salud' } })
    const other = ((await server.call('POST', '/api/units', { session: planner, body: { name: 'Secretaría de Cultura' } })).json as { unit: Unit }).unit
    const twice = await server.call('POST', '/api/units', { session: planner, body: { name: 'SECRETARÍA DE SALUD' } })
    expect(twice.status).toBe(409)
    expect(twice.error).toEqual({
      code: 'unit_name_taken',
      es: 'Ya existe una unidad llamada «SECRETARÍA DE SALUD» (sin distinguir mayúsculas).',
      en: 'A unit named "SECRETARÍA DE SALUD" already exists (regardless of case).',
    })
    const renamedOnto = await server.call('PATCH', `/api/units/${other.id}`, { session: planner, body: { name: 'secretaría de salud' } })
    expect(renamedOnto.status).toBe(409)
    const empty = await server.call('POST', '/api/units', { session: planner, body: { name: '   ' } })
    expect(empty.status).toBe(400)
    expect(empty.error).toMatchObject({ code: 'unit_name_empty', es: 'Escriba el nombre de la unidad.', en: "Write the unit's name." })
    const long = await server.call('POST', '/api/units', { session: planner, body: { name: 'S'.repeat(MAX_UNIT_NAME + 1) } })
    expect(long.status).toBe(400)
    expect(long.error?.es).toBe(`El nombre de la unidad puede tener hasta ${MAX_UNIT_NAME} caracteres.`)
    const missing = await server.call('PATCH', '/api/units/00000000-0000-4000-8000-000000000000', { session: planner, body: { name: 'Otra' } })
    expect(missing.status).toBe(404)
    expect(missing.error?.es).toBe('La unidad no existe.')
    // A unit renamed to its own name in another case is still itself.
    const recased = await server.call('PATCH', `/api/units/${other.id}`, { session: planner, body: { name: 'SECRETARÍA DE CULTURA' } })
    expect(recased.status).toBe(200)
    expect((await units(planner)).map((u) => u.name)).toEqual(['SECRETARÍA DE CULTURA', 'Secretaría de Salud'])
  })

  it('a secretaría or consulta account may neither add nor rename a unit (403)', async () => {
    const planner = await signIn('planificacion')
    const salud = ((await server.call('POST', '/api/units', { session: planner, body: { name: 'Secretaría de Salud' } })).json as { unit: Unit }).unit
    for (const role of ['secretaria', 'consulta'] as const) {
      const session = await signIn(role)
      const add = await server.call('POST', '/api/units', { session, body: { name: 'Secretaría Paralela' } })
      expect(add.status).toBe(403)
      expect(add.error?.es).toBe('Su cuenta no tiene permiso para esta acción.')
      expect((await server.call('PATCH', `/api/units/${salud.id}`, { session, body: { name: 'Mía' } })).status).toBe(403)
    }
    expect(await units(planner)).toEqual([salud])
  })

  it('every signed-in account reads the people list: id, name, role and unit, never an e-mail address', async () => {
    const planner = await signIn('planificacion', 'carmen@quito.gob.ec')
    const salud = ((await server.call('POST', '/api/units', { session: planner, body: { name: 'Secretaría de Salud' } })).json as { unit: Unit }).unit
    const created = await server.call('POST', '/api/accounts', {
      session: planner,
      body: { email: 'ana@quito.gob.ec', name: 'Ana Pérez', role: 'secretaria', password: PASSWORD, unit: salud.id },
    })
    const ana = (created.json as { account: { id: string } }).account
    const reader = await signIn('consulta', 'luis@quito.gob.ec')
    const answer = await server.call('GET', '/api/people', { session: reader })
    expect(answer.status).toBe(200)
    const [carmen] = await database.db.query<{ id: string }>("select id::text as id from accounts where email = 'carmen@quito.gob.ec'")
    const [luis] = await database.db.query<{ id: string }>("select id::text as id from accounts where email = 'luis@quito.gob.ec'")
    expect(answer.json).toEqual({
      people: [
        { id: ana.id, name: 'Ana Pérez', role: 'secretaria', unit: salud },
        { id: carmen!.id, name: 'carmen', role: 'planificacion', unit: null },
        { id: luis!.id, name: 'luis', role: 'consulta', unit: null },
      ],
    })
    expect(JSON.stringify(answer.json)).not.toContain('@')
    expect((await server.call('GET', '/api/people')).status).toBe(401)
  })
})

forEachDatabase("the app's client of units and people", (database) => {
  let server: TeamServer
  beforeAll(async () => void (server = await startTeamServer(database.db)))
  afterAll(() => server.close())

  it('names, renames and lists units, moves an account, lists people, and answers a refusal as an error', async () => {
    const planner = await signedIn(database.db, server, 'planificacion', 'Carmen Ruiz')
    const api = createTeamApi({ baseUrl: server.url, headers: planner.headers, fetch })
    const salud = await api.createUnit('Secretaría de Salud')
    if (!salud.ok) throw new Error(salud.error.en)
    const cultura = await api.createUnit('Secretaría de Cultura')
    if (!cultura.ok) throw new Error(cultura.error.en)
    expect(await api.renameUnit(cultura.value.id, 'Secretaría de Cultura y Patrimonio')).toEqual({
      ok: true,
      value: { id: cultura.value.id, name: 'Secretaría de Cultura y Patrimonio' },
    })
    const twice = await api.createUnit('secretaría de salud')
    expect(twice).toMatchObject({ ok: false, error: { kind: 'refused', status: 409, code: 'unit_name_taken' } })
    const ana = await api.createAccount({ email: 'ana@quito.gob.ec', name: 'Ana Pérez', role: 'secretaria', password: PASSWORD, unit: salud.value.id })
    if (!ana.ok) throw new Error(ana.error.en)
    expect(ana.value.unit).toEqual(salud.value)
    const moved = await api.setAccountUnit(ana.value.id, cultura.value.id)
    expect(moved).toMatchObject({ ok: true, value: { id: ana.value.id, unit: { id: cultura.value.id, name: 'Secretaría de Cultura y Patrimonio' } } })
    expect(await api.listUnits()).toEqual({
      ok: true,
      value: [
        { id: cultura.value.id, name: 'Secretaría de Cultura y Patrimonio' },
        { id: salud.value.id, name: 'Secretaría de Salud' },
      ],
    })
    const people = await api.listPeople()
    expect(people).toEqual({
      ok: true,
      value: [
        { id: ana.value.id, name: 'Ana Pérez', role: 'secretaria', unit: { id: cultura.value.id, name: 'Secretaría de Cultura y Patrimonio' } },
        { id: planner.id, name: 'Carmen Ruiz', role: 'planificacion', unit: null },
      ],
    })
  })
})
