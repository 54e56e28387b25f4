import { describe, expect, it } from 'vitest'
import { createTeamApi } from '../../../src/sync/teamApi'
import type { Network } from '../../../src/sync/network'

const network = (online: boolean): Network => ({ online: () => online, onChange: () => () => undefined })

function answering(status: number, body: unknown) {
  const asked: string[] = []
  const fetch = async (input: RequestInfo | URL) => {
    asked.push(String(input))
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  }
  return { asked, fetch: fetch as typeof globalThis.fetch }
}

describe('what serves the app', () => {
  it('a team server answers its health check', async () => {
    const server = answering(200, { app: 'poa-review', team: true })
    expect(await createTeamApi({ fetch: server.fetch, network: network(true) }).serverKind()).toBe('team')
    expect(server.asked).toEqual(['/api/health'])
  })

  it('a static host answers its own 404: local mode', async () => {
    const server = answering(404, 'Not found')
    expect(await createTeamApi({ fetch: server.fetch, network: network(true) }).serverKind()).toBe('static')
  })

  it('with the browser offline nothing is asked (a failed request would only log an error): unreachable', async () => {
    const server = answering(200, { app: 'poa-review', team: true })
    expect(await createTeamApi({ fetch: server.fetch, network: network(false) }).serverKind()).toBe('unreachable')
    expect(server.asked).toEqual([])
  })
})
