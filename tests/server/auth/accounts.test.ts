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

  it('a planning account creates an account that can then sign in, and both are listed', async () => {
    const session = await planner()
    const created = await server.call('POST', '/api/accounts', { session, body: NEW })
    expect(created.status).toBe(201)
    expect(created.json).toEqual({ account: { id: expect.any(String), email: NEW.email, name: NEW.name, role: 'secretaria' } })
    expect(await signedInAs(NEW.email, NEW.password)).toBe(NEW.email)
    const list = await server.call('GET', '/api/accounts', { session })
    expect((list.json as { accounts: { email: string }[] }).accounts.map((a) => a.email)).toEqual([NEW.email, 'maria@quito.gob.ec'])
    const [audit] = await database.db.query("select email, detail from audit where action = 'account.create'")
    expect(audit).toEqual({ email: NEW.email, detail: { role: 'secretaria' } })
  })

  it('refuses a second account with the same email (409), whatever its case', async () => {
    const session = await planner()
    await server.call('POST', '/api/accounts', { session, body: NEW })
    const again = await server.call('POST', '/api/accounts', { session, body: { ...NEW, email: 'LUIS@quito.gob.ec' } })
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
