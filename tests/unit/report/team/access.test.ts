import { describe, expect, it } from 'vitest'
import { allows, type Action } from '../../../../src/report/team/access'
import type { Account, Role } from '../../../../src/report/team/account'

const as = (role: Role): Account => ({ id: '1', email: `${role}@quito.gob.ec`, name: role, role })

describe('who may do what', () => {
  const cases: [Action, Role[]][] = [
    ['reports.read', ['planificacion', 'secretaria', 'consulta']],
    ['records.push', ['planificacion', 'secretaria']],
    ['review.approve', ['planificacion']],
    ['reports.share', ['planificacion']],
    ['accounts.manage', ['planificacion']],
  ]
  it.each(cases)('%s: only %j', (action, roles) => {
    for (const role of ['planificacion', 'secretaria', 'consulta'] as const) expect(allows(as(role), action)).toBe(roles.includes(role))
  })

  it('nobody signed in may do anything', () => {
    for (const [action] of cases) expect(allows(null, action)).toBe(false)
  })
})
