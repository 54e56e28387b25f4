import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { TeamPlugin } from '../../../src/server/buildServer'
import { REPORT_UPLOAD_LIMIT } from '../../../src/server/http/bodyLimits'
import { forEachDatabase } from '../databases'
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../testServer'

// A plugin as SERVER-LOG's are registered: with { db }, behind the same hooks, with its own body limit.
const uploadPlugin: TeamPlugin = async (app, { db }) => {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) => done(null, body))
  app.post('/api/test-upload', { bodyLimit: REPORT_UPLOAD_LIMIT }, async (request) => {
    const [row] = await db.query<{ who: string }>('select $1::text as who', [request.account?.name])
    return { bytes: (request.body as Buffer).length, who: row?.who }
  })
}

forEachDatabase('the server’s defences', (database) => {
  let server: TestServer
  let dist: string
  let session: string
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'poa-dist-'))
    await mkdir(path.join(dist, 'assets'))
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>POA</title><script type="module" src="/assets/app-1a2b.js"></script>')
    await writeFile(path.join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)')
    await writeFile(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})')
    server = await startTestServer(database.db, { distDir: dist, plugins: [uploadPlugin] })
  })
  afterAll(async () => {
    await server.close()
    await rm(dist, { recursive: true, force: true })
  })
  const signIn = async () => {
    await addAccount(database.db, 'maria@quito.gob.ec', 'planificacion', 'María Andrade')
    session = await server.signIn('maria@quito.gob.ec', PASSWORD)
  }

  it('answers the health check without a session, and every other API route only with one', async () => {
    const health = await server.call('GET', '/api/health')
    expect(health.status).toBe(200)
    expect(health.json).toEqual({ app: 'poa-review', team: true })
    for (const [method, url] of [
      ['GET', '/api/accounts'],
      ['POST', '/api/sign-out'],
      ['GET', '/api/reports'],
      ['POST', '/api/test-upload'],
    ] as const) {
      const answer = await server.call(method, url, { body: method === 'POST' ? {} : undefined })
      expect(answer.status, `${method} ${url}`).toBe(401)
      expect(answer.error).toEqual({ code: 'session_required', es: 'Inicie sesión para continuar.', en: 'Sign in to continue.' })
    }
  })

  it('refuses a state-changing request from another origin even with a valid session cookie, and stores nothing', async () => {
    await signIn()
    const body = { email: 'intruso@quito.gob.ec', name: 'Intruso', role: 'planificacion', password: PASSWORD }
    const forged = [
      { origin: 'http://evil.example' },
      { origin: null, headers: { 'sec-fetch-site': 'cross-site' } },
      { origin: 'http://127.0.0.1:4173', headers: { 'sec-fetch-site': 'same-site' } },
      { origin: 'null' },
      { origin: null },
    ]
    for (const request of forged) {
      const answer = await server.call('POST', '/api/accounts', { session, body, ...request })
      expect(answer.status, JSON.stringify(request)).toBe(403)
      expect(answer.error?.code).toBe('cross_origin')
    }
    const signInElsewhere = await server.call('POST', '/api/sign-in', { origin: 'http://evil.example', body: { email: 'maria@quito.gob.ec', password: PASSWORD } })
    expect(signInElsewhere.status).toBe(403)
    expect(await database.db.query('select email from accounts where email = $1', ['intruso@quito.gob.ec'])).toEqual([])
    const sameOrigin = await server.call('POST', '/api/accounts', { session, body, origin: null, headers: { 'sec-fetch-site': 'same-origin' } })
    expect(sameOrigin.status).toBe(201)
  })

  it('refuses a JSON body over its limit (413) and a malformed one (400), in the contract’s error shape', async () => {
    await signIn()
    const huge = await server.call('POST', '/api/accounts', {
      session,
      body: { email: 'x@quito.gob.ec', name: 'x'.repeat(1_100_000), role: 'consulta', password: PASSWORD },
    })
    expect(huge.status).toBe(413)
    expect(huge.error).toEqual({ code: 'too_large', es: 'La solicitud es demasiado grande (máximo 1 MB).', en: 'The request is too large (at most 1 MB).' })
    const malformed = await server.call('POST', '/api/accounts', { session, body: '{"email": ', headers: { 'content-type': 'application/json' } })
    expect(malformed.status).toBe(400)
    expect(malformed.error?.code).toBe('invalid_request')
    expect(await database.db.query('select email from accounts where email = $1', ['x@quito.gob.ec'])).toEqual([])
  })

  it('lets a plugin raise its own route’s limit: a 3 MB upload passes there, with the signed-in account', async () => {
    await signIn()
    const upload = await server.call('POST', '/api/test-upload', {
      session,
      body: Buffer.alloc(3 * 1024 * 1024, 65),
      headers: { 'content-type': 'application/octet-stream' },
    })
    expect(upload.status).toBe(200)
    expect(upload.json).toEqual({ bytes: 3 * 1024 * 1024, who: 'María Andrade' })
  })

  it('sends a strict Content-Security-Policy and the other security headers with the app and the API', async () => {
    for (const url of ['/', '/api/health']) {
      const { headers } = await server.call('GET', url)
      const csp = String(headers['content-security-policy'])
      expect(csp).toContain("script-src 'self'")
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).not.toContain('unsafe-eval')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('no-referrer')
    }
  })

  it('serves the built app: its routes get index.html, hashed assets are cached for good, unknown files and API paths are 404', async () => {
    for (const url of ['/', '/metas/12', '/informe?ws=abc']) {
      const page = await server.app.inject({ url })
      expect(page.statusCode, url).toBe(200)
      expect(page.body).toContain('<title>POA</title>')
      expect(page.headers['cache-control']).toBe('no-cache')
    }
    const asset = await server.app.inject({ url: '/assets/app-1a2b.js' })
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await server.app.inject({ url: '/sw.js' })).headers['cache-control']).toBe('no-cache')
    expect((await server.app.inject({ url: '/assets/missing-0000.js' })).statusCode).toBe(404)
    await signIn()
    const unknown = await server.call('GET', '/api/nothing-here', { session })
    expect(unknown.status).toBe(404)
    expect(unknown.error?.code).toBe('not_found')
  })
})
