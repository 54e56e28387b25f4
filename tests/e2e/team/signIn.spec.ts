import { PLANNER } from './teamAccounts'
import { expect, test } from './teamTest'

const BAD_CREDENTIALS = 'Correo electrónico o contraseña incorrectos.'

test('the account made with the admin command signs in; a wrong password gets the same message as an unknown account', async ({ team, playwright }) => {
  const server = await team.startServer()
  const request = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { origin: server.url } })
  const wrong = await request.post('/api/sign-in', { data: { email: PLANNER.email, password: 'no-es-la-clave' } })
  expect(wrong.status()).toBe(401)
  const unknown = await request.post('/api/sign-in', { data: { email: 'nadie@quito.gob.ec', password: PLANNER.password } })
  expect(await unknown.json()).toEqual(await wrong.json())
  expect(await wrong.json()).toMatchObject({ error: { es: BAD_CREDENTIALS } })
  const right = await request.post('/api/sign-in', { data: { email: PLANNER.email, password: PLANNER.password } })
  expect(right.status()).toBe(200)
  expect(await (await request.get('/api/session')).json()).toMatchObject({ account: { name: PLANNER.name, email: PLANNER.email, role: 'planificacion' } })
  await request.dispose()
})

test('on the sign-in page a wrong password gets the message, the admin-made account signs in, and Cerrar sesión returns to the sign-in page', async ({ team }) => {
  const server = await team.startServer()
  const context = await team.signedOut(server)
  const page = await context.newPage()
  await page.goto('/')
  await page.getByLabel('Correo electrónico').fill(PLANNER.email)
  await page.getByLabel('Contraseña').fill('no-es-la-clave')
  await page.getByRole('button', { name: 'Iniciar sesión' }).click()
  await expect(page.getByRole('alert')).toHaveText(BAD_CREDENTIALS)

  await page.getByLabel('Contraseña').fill(PLANNER.password)
  await page.getByRole('button', { name: 'Iniciar sesión' }).click()
  const signOut = page.getByRole('banner').getByRole('button', { name: 'Cerrar sesión' })
  await expect(signOut).toBeVisible()
  await expect(page.getByRole('banner')).toContainText(PLANNER.name)

  await signOut.click()
  await expect(page.getByRole('button', { name: 'Iniciar sesión' })).toBeVisible()
  await expect(signOut).toHaveCount(0)
  expect(await (await context.request.get('/api/session')).json()).toMatchObject({ account: null })
})
