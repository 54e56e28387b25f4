import { afterAll, beforeAll, expect, it } from 'vitest'
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from '../../../src/server/auth/signInThrottle'
import { forEachDatabase } from '../databases'
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../testServer'

forEachDatabase('signing in and out', (database) => {
  let server: TestServer
  beforeAll(async () => void (server = await startTestServer(database.db)))
  afterAll(() => server.close())

  it('signs in with the right password: the account, and an HttpOnly SameSite=Lax session cookie', async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'secretaria', 'Ana Pérez')
    const answer = await server.call('POST', '/api/sign-in', { body: { email: ' Ana@Quito.gob.ec ', password: PASSWORD } })
    expect(answer.status).toBe(200)
    expect(answer.json).toEqual({ account: { id: expect.any(String), email: 'ana@quito.gob.ec', name: 'Ana Pérez', role: 'secretaria', unit: null } })
    const cookie = String(answer.headers['set-cookie'])
    expect(cookie).toMatch(/^poa_session=[\w-]{40,};/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).toMatch(/Path=\//)
    const status = await server.call('GET', '/api/session', { session: answer.session })
    expect(status.json).toEqual({ account: (answer.json as { account: unknown }).account, setupNeeded: false, setupAllowed: false })
  })

  it('answers a wrong password and an unknown account with the same 401 message, and sets no cookie', async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'secretaria')
    const wrong = await server.call('POST', '/api/sign-in', { body: { email: 'ana@quito.gob.ec', password: 'no-es-la-clave' } })
    const unknown = await server.call('POST', '/api/sign-in', { body: { email: 'nadie@quito.gob.ec', password: PASSWORD } })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.error).toEqual(unknown.error)
    expect(wrong.error?.es).toBe('Correo electrónico o contraseña incorrectos.')
    expect(wrong.session).toBeUndefined()
    expect(unknown.session).toBeUndefined()
  })

  it('records every sign-in, success and failure, in the audit table without the password', async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'secretaria')
    await server.signIn('ana@quito.gob.ec', PASSWORD)
    await server.call('POST', '/api/sign-in', { body: { email: 'ana@quito.gob.ec', password: 'no-es-la-clave' } })
    const rows = await database.db.query<{ action: string; success: boolean; email: string; address: string }>('select action, success, email, address from audit order by id')
    expect(rows).toEqual([
      { action: 'sign-in', success: true, email: 'ana@quito.gob.ec', address: '127.0.0.1' },
      { action: 'sign-in', success: false, email: 'ana@quito.gob.ec', address: '127.0.0.1' },
    ])
    const everything = JSON.stringify(await database.db.query('select * from audit')) + JSON.stringify(await database.db.query('select * from accounts'))
    expect(everything).not.toContain(PASSWORD)
    expect(everything).not.toContain('no-es-la-clave')
  })

  it('ends the session on sign-out: the same cookie is refused afterwards', async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'secretaria')
    const session = await server.signIn('ana@quito.gob.ec', PASSWORD)
    expect((await server.call('GET', '/api/accounts', { session })).status).toBe(403)
    const out = await server.call('POST', '/api/sign-out', { session })
    expect(out.status).toBe(204)
    expect(out.session).toBe('')
    const after = await server.call('GET', '/api/accounts', { session })
    expect(after.status).toBe(401)
    expect(after.error?.code).toBe('session_required')
    expect((await server.call('GET', '/api/session', { session })).json).toMatchObject({ account: null })
  })

  it('refuses an expired session like none', async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'planificacion')
    const session = await server.signIn('ana@quito.gob.ec', PASSWORD)
    await database.db.query("update sessions set expires_at = now() - interval '1 minute'")
    expect((await server.call('GET', '/api/accounts', { session })).status).toBe(401)
    expect((await server.call('GET', '/api/session', { session })).json).toMatchObject({ account: null })
  })

  it('renews a session in use once a day has passed: 30 days again, and the cookie sent anew', async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'planificacion')
    const session = await server.signIn('ana@quito.gob.ec', PASSWORD)
    const fresh = await server.call('GET', '/api/accounts', { session })
    expect(fresh.session).toBeUndefined()
    await database.db.query("update sessions set expires_at = now() + interval '28 days'")
    const renewed = await server.call('GET', '/api/accounts', { session })
    expect(renewed.status).toBe(200)
    expect(renewed.session).toBe(session)
    const [left] = await database.db.query<{ days: number }>('select round(extract(epoch from expires_at - now()) / 86400)::int as days from sessions')
    expect(left).toEqual({ days: 30 })
  })

  it(`throttles an account after ${ACCOUNT_LIMIT} wrong passwords: even the right one waits (429 with Retry-After)`, async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'secretaria')
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      const wrong = await server.call('POST', '/api/sign-in', { body: { email: 'ana@quito.gob.ec', password: `intento-${i}-malo` } })
      expect(wrong.status).toBe(401)
    }
    const right = await server.call('POST', '/api/sign-in', { body: { email: 'ana@quito.gob.ec', password: PASSWORD } })
    expect(right.status).toBe(429)
    expect(right.error?.code).toBe('too_many_attempts')
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(800)
    // Another account from the same address is not affected by Ana's failures.
    await addAccount(database.db, 'luis@quito.gob.ec', 'consulta')
    expect((await server.call('POST', '/api/sign-in', { body: { email: 'luis@quito.gob.ec', password: PASSWORD } })).status).toBe(200)
  })

  it(`throttles an address after ${ADDRESS_LIMIT} failures across accounts, and not another address`, async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'secretaria')
    const attacker = '203.0.113.9'
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      const wrong = await server.call('POST', '/api/sign-in', { remoteAddress: attacker, body: { email: `nadie${i}@quito.gob.ec`, password: 'adivinanza' } })
      expect(wrong.status).toBe(401)
    }
    const next = await server.call('POST', '/api/sign-in', { remoteAddress: attacker, body: { email: 'ana@quito.gob.ec', password: PASSWORD } })
    expect(next.status).toBe(429)
    const elsewhere = await server.call('POST', '/api/sign-in', { remoteAddress: '198.51.100.7', body: { email: 'ana@quito.gob.ec', password: PASSWORD } })
    expect(elsewhere.status).toBe(200)
  })

  it('counts parallel guesses too: of many at once, at most the limit get a password check', async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'secretaria')
    const guesses = await Promise.all(
      Array.from({ length: ACCOUNT_LIMIT * 3 }, (_, i) => server.call('POST', '/api/sign-in', { body: { email: 'ana@quito.gob.ec', password: `paralelo-${i}` } })),
    )
    const checked = guesses.filter((g) => g.status === 401).length
    expect(checked).toBeLessThanOrEqual(ACCOUNT_LIMIT)
    expect(guesses.filter((g) => g.status === 429).length).toBe(ACCOUNT_LIMIT * 3 - checked)
  })

  it('accepts a session made by one instance in a second instance on the same database', async () => {
    await addAccount(database.db, 'ana@quito.gob.ec', 'planificacion')
    const session = await server.signIn('ana@quito.gob.ec', PASSWORD)
    const second = await startTestServer(await database.secondInstance())
    try {
      const accounts = await second.call('GET', '/api/accounts', { session })
      expect(accounts.status).toBe(200)
      expect(accounts.json).toMatchObject({ accounts: [{ email: 'ana@quito.gob.ec' }] })
      await second.call('POST', '/api/sign-out', { session })
      expect((await server.call('GET', '/api/accounts', { session })).status).toBe(401)
    } finally {
      await second.close()
    }
  })
})
