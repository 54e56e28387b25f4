import { afterAll, beforeAll, expect, it } from 'vitest'
import { forEachDatabase } from '../databases'
import { addAccount, startTestServer, type TestServer } from '../testServer'

const FIRST = { email: 'planificacion@quito.gob.ec', name: 'María Andrade', password: 'una-clave-larga-1' }

forEachDatabase('the first account', (database) => {
  let server: TestServer
  beforeAll(async () => void (server = await startTestServer(database.db)))
  afterAll(() => server.close())

  it('on an empty database, tells a visitor on this machine that setup is allowed, and one elsewhere that it is not', async () => {
    expect((await server.call('GET', '/api/session')).json).toEqual({ account: null, setupNeeded: true, setupAllowed: true })
    expect((await server.call('GET', '/api/session', { remoteAddress: '192.0.2.44' })).json).toEqual({
      account: null,
      setupNeeded: true,
      setupAllowed: false,
    })
  })

  it('is created from this machine as a planning account, signed in at once', async () => {
    const answer = await server.call('POST', '/api/setup', { body: FIRST })
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual({ account: { id: expect.any(String), email: FIRST.email, name: FIRST.name, role: 'planificacion', unit: null } })
    const accounts = await server.call('GET', '/api/accounts', { session: answer.session })
    expect(accounts.status).toBe(200)
    expect((await server.call('GET', '/api/session')).json).toEqual({ account: null, setupNeeded: false, setupAllowed: false })
    const [audit] = await database.db.query('select action, email from audit')
    expect(audit).toEqual({ action: 'setup', email: FIRST.email })
  })

  it('is refused from another address, and through a proxy on this machine', async () => {
    const remote = await server.call('POST', '/api/setup', { body: FIRST, remoteAddress: '192.0.2.44' })
    expect(remote.status).toBe(403)
    expect(remote.error?.es).toBe('La primera cuenta solo se puede crear desde el mismo equipo que ejecuta el servidor.')
    const proxied = await server.call('POST', '/api/setup', { body: FIRST, headers: { 'x-forwarded-for': '192.0.2.44' } })
    expect(proxied.status).toBe(403)
    expect(await database.db.query('select id from accounts')).toEqual([])
  })

  it('is made only once: a second setup, even at the same moment, is refused with 409', async () => {
    const [first, second] = await Promise.all([
      server.call('POST', '/api/setup', { body: FIRST }),
      server.call('POST', '/api/setup', { body: { ...FIRST, email: 'otra@quito.gob.ec' } }),
    ])
    expect([first!.status, second!.status].sort()).toEqual([200, 409])
    expect(await database.db.query('select id from accounts')).toHaveLength(1)
  })

  it('is not possible once an account exists', async () => {
    await addAccount(database.db, 'luis@quito.gob.ec', 'consulta')
    const answer = await server.call('POST', '/api/setup', { body: FIRST })
    expect(answer.status).toBe(409)
    expect(answer.error?.code).toBe('setup_done')
  })

  it('refuses a short password with a message saying how long it must be', async () => {
    const answer = await server.call('POST', '/api/setup', { body: { ...FIRST, password: 'corta' } })
    expect(answer.status).toBe(400)
    expect(answer.error?.es).toBe('La contraseña debe tener al menos 10 caracteres.')
  })
})
