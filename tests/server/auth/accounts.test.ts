import { afterAll, beforeAll, expect, it } from 'vitest'
import { forEachDatabase } from '../databases'
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../testServer'

const NEW = { email: 'luis@quito.gob.ec', name: 'Luis Tapia', role: 'secretaria', password: 'clave-de-luis-2026' }

forEachDatabase('accounts made by planning', (database) => {
  let server: TestServer
  beforeAll(async () => void (server = await startTestServer(database.db)))
  afterAll(() => server.close())

  /** Signs in and asks the server whose session the cookie opens: the account's e-mail. */
  async function signedInAs(email: string, password: string): Promise<string> {
    const session = await server.signIn(email, password)
    const answer = await server.call('GET', '/api/session', { session })
    return (answer.json as { account: { email: string } }).account.email
  }

  async function planner(): Promise<string> {
    await addAccount(database.db, 'maria@quito.gob.ec', 'planificacion', 'María Andrade')
    return server.signIn('maria@quito.gob.ec', PASSWORD)
  }

  async function unit(session: string, name: string): Promise<{ id: string; name: string }> {
    const answer = await server.call('POST', '/api/units', { session, body: { name } })
    expect(answer.status).toBe(201)
    return (answer.json as { unit: { id: string; name: string } }).unit
  }

  it('a planning account creates a secretaría account of a unit; it signs in as that unit, and both are listed', async () => {
    const session = await planner()
    const salud = await unit(session, 'Secretaría de Salud')
    const created = await server.call('POST', '/api/accounts', { session, body: { ...NEW, unit: salud.id } })
    expect(created.status).toBe(201)
    expect(created.json).toEqual({ account: { id: expect.any(String), email: NEW.email, name: NEW.name, role: 'secretaria', unit: salud } })
    const signIn = await server.call('POST', '/api/sign-in', { body: { email: NEW.email, password: NEW.password } })
    expect(signIn.json).toMatchObject({ account: { email: NEW.email, unit: salud } })
    const me = await server.call('GET', '/api/session', { session: signIn.session })
    expect(me.json).toMatchObject({ account: { email: NEW.email, unit: salud } })
    const list = await server.call('GET', '/api/accounts', { session })
    expect((list.json as { accounts: { email: string; unit: unknown }[] }).accounts.map((a) => [a.email, a.unit])).toEqual([
      [NEW.email, salud],
      ['maria@quito.gob.ec', null],
    ])
    const [audit] = await database.db.query("select email, detail from audit where action = 'account.create'")
    expect(audit).toEqual({ email: NEW.email, detail: { role: 'secretaria', unit: salud.id } })
  })

  it('refuses a secretaría account without a unit, a unit that does not exist, and a unit for another role (400), creating nothing', async () => {
    const session = await planner()
    const salud = await unit(session, 'Secretaría de Salud')
    const none = await server.call('POST', '/api/accounts', { session, body: NEW })
    expect(none.status).toBe(400)
    expect(none.error).toMatchObject({ code: 'unit_required', es: 'Una cuenta de secretaría pertenece a una unidad: elija su unidad.' })
    const unknown = await server.call('POST', '/api/accounts', { session, body: { ...NEW, unit: '00000000-0000-4000-8000-000000000000' } })
    expect(unknown.status).toBe(400)
    expect(unknown.error?.es).toBe('La unidad elegida no existe: elija una de la lista.')
    const reader = await server.call('POST', '/api/accounts', { session, body: { ...NEW, role: 'consulta', unit: salud.id } })
    expect(reader.status).toBe(400)
    expect(reader.error?.en).toBe('Only a secretaría account belongs to a unit.')
    expect(await database.db.query('select email from accounts where email = $1', [NEW.email])).toEqual([])
  })

  it('planning moves a secretaría account to another unit: its session says so at once; never to no unit', async () => {
    const session = await planner()
    const salud = await unit(session, 'Secretaría de Salud')
    const cultura = await unit(session, 'Secretaría de Cultura')
    const created = await server.call('POST', '/api/accounts', { session, body: { ...NEW, unit: salud.id } })
    const { id } = (created.json as { account: { id: string } }).account
    const luis = await server.signIn(NEW.email, NEW.password)
    const moved = await server.call('PATCH', `/api/accounts/${id}`, { session, body: { unit: cultura.id } })
    expect(moved.status).toBe(200)
    expect(moved.json).toMatchObject({ account: { id, unit: cultura } })
    expect((await server.call('GET', '/api/session', { session: luis })).json).toMatchObject({ account: { unit: cultura } })
    const toNone = await server.call('PATCH', `/api/accounts/${id}`, { session, body: { unit: null } })
    expect(toNone.status).toBe(400)
    expect(toNone.error?.code).toBe('unit_required')
    const byLuis = await server.call('PATCH', `/api/accounts/${id}`, { session: luis, body: { unit: salud.id } })
    expect(byLuis.status).toBe(403)
    const nobody = await server.call('PATCH', '/api/accounts/00000000-0000-4000-8000-000000000000', { session, body: { unit: salud.id } })
    expect(nobody.status).toBe(404)
    expect((await server.call('GET', '/api/session', { session: luis })).json).toMatchObject({ account: { unit: cultura } })
    const [audit] = await database.db.query("select email, detail from audit where action = 'account.unit'")
    expect(audit).toEqual({ email: NEW.email, detail: { unit: cultura.id } })
  })

  it('refuses a second account with the same email (409), whatever its case', async () => {
    const session = await planner()
    await server.call('POST', '/api/accounts', { session, body: { ...NEW, role: 'consulta' } })
    const again = await server.call('POST', '/api/accounts', { session, body: { ...NEW, role: 'consulta', email: 'LUIS@quito.gob.ec' } })
    expect(again.status).toBe(409)
    expect(again.error?.es).toBe('Ya existe una cuenta con ese correo electrónico.')
  })

  it('refuses an unknown role or a missing field with 400 and says where', async () => {
    const session = await planner()
    const badRole = await server.call('POST', '/api/accounts', { session, body: { ...NEW, role: 'administrador' } })
    expect(badRole.status).toBe(400)
    expect(badRole.error?.code).toBe('invalid_request')
    expect(badRole.error?.en).toContain('body/role')
    const noEmail = await server.call('POST', '/api/accounts', { session, body: { name: 'X', role: 'consulta', password: PASSWORD } })
    expect(noEmail.status).toBe(400)
    expect(noEmail.error?.en).toContain('email')
  })

  it('a password reset lets the new password in, keeps the old one out and ends the old sessions', async () => {
    const session = await planner()
    const { id } = await addAccount(database.db, NEW.email, 'secretaria')
    const luisSession = await server.signIn(NEW.email, PASSWORD)
    const reset = await server.call('POST', `/api/accounts/${id}/password`, { session, body: { password: 'nueva-clave-de-luis' } })
    expect(reset.status).toBe(204)
    expect((await server.call('GET', '/api/session', { session: luisSession })).json).toMatchObject({ account: null })
    expect((await server.call('POST', '/api/sign-in', { body: { email: NEW.email, password: PASSWORD } })).status).toBe(401)
    expect(await signedInAs(NEW.email, 'nueva-clave-de-luis')).toBe(NEW.email)
    expect((await server.call('GET', '/api/accounts', { session })).status).toBe(200)
  })

  it('a reset for an account that does not exist is 404', async () => {
    const session = await planner()
    const answer = await server.call('POST', '/api/accounts/00000000-0000-4000-8000-000000000000/password', { session, body: { password: 'otra-clave-larga' } })
    expect(answer.status).toBe(404)
    expect(answer.error?.code).toBe('account_not_found')
  })

  it('a secretaria or consulta account may neither list, create nor reset accounts (403)', async () => {
    const { id } = await addAccount(database.db, 'maria@quito.gob.ec', 'planificacion')
    for (const role of ['secretaria', 'consulta'] as const) {
      await addAccount(database.db, `${role}@quito.gob.ec`, role)
      const session = await server.signIn(`${role}@quito.gob.ec`, PASSWORD)
      expect((await server.call('GET', '/api/accounts', { session })).status).toBe(403)
      const create = await server.call('POST', '/api/accounts', { session, body: { ...NEW, role: 'planificacion' } })
      expect(create.status).toBe(403)
      expect(create.error?.es).toBe('Su cuenta no tiene permiso para esta acción.')
      expect((await server.call('POST', `/api/accounts/${id}/password`, { session, body: { password: 'me-la-quedo-yo' } })).status).toBe(403)
    }
    expect(await database.db.query('select email from accounts where email = $1', [NEW.email])).toEqual([])
    expect(await signedInAs('maria@quito.gob.ec', PASSWORD)).toBe('maria@quito.gob.ec')
  })
})
