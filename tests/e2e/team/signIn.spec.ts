import { PLANNER } from './teamAccounts'
import { expect, test } from './teamTest'

test('the account made with the admin command signs in; a wrong password gets the same message as an unknown account', async ({ team, playwright }) => {
  const server = await team.startServer()
  const request = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { origin: server.url } })
  const wrong = await request.post('/api/sign-in', { data: { email: PLANNER.email, password: 'no-es-la-clave' } })
  expect(wrong.status()).toBe(401)
  const unknown = await request.post('/api/sign-in', { data: { email: 'nadie@quito.gob.ec', password: PLANNER.password } })
  expect(await unknown.json()).toEqual(await wrong.json())
  expect(await wrong.json()).toMatchObject({ error: { es: 'Correo electrónico o contraseña incorrectos.' } })
  const right = await request.post('/api/sign-in', { data: { email: PLANNER.email, password: PLANNER.password } })
  expect(right.status()).toBe(200)
  expect(await (await request.get('/api/session')).json()).toMatchObject({ account: { name: PLANNER.name, email: PLANNER.email, role: 'planificacion' } })
  await request.dispose()
})
