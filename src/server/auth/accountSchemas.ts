/** The request bodies of the account routes, as JSON schemas Fastify validates before a handler runs. */
import { ROLES } from '../../report/team/account'
import { EMAIL_PATTERN } from './accounts'

const email = { type: 'string', minLength: 3, maxLength: 254, pattern: EMAIL_PATTERN } as const
const name = { type: 'string', minLength: 1, maxLength: 120, pattern: '\\S' } as const
// The strength rule (MIN_PASSWORD_LENGTH) answers with its own message; this only bounds the work.
const password = { type: 'string', minLength: 1, maxLength: 1024 } as const

export const signInBody = {
  type: 'object',
  required: ['email', 'password'],
  properties: { email, password },
} as const

export const setupBody = {
  type: 'object',
  required: ['email', 'name', 'password'],
  properties: { email, name, password },
} as const

const uuid = { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' } as const
/** A unit's id, or null (no unit). */
const unit = { anyOf: [uuid, { type: 'null' }] } as const

export const newAccountBody = {
  type: 'object',
  required: ['email', 'name', 'role', 'password'],
  properties: { email, name, password, role: { type: 'string', enum: [...ROLES] }, unit },
} as const

export const accountUnitBody = {
  type: 'object',
  required: ['unit'],
  properties: { unit },
} as const

export const passwordBody = {
  type: 'object',
  required: ['password'],
  properties: { password },
} as const

export const accountIdParams = {
  type: 'object',
  required: ['id'],
  properties: { id: uuid },
} as const

export interface SignInBody {
  email: string
  password: string
}
export interface SetupBody extends SignInBody {
  name: string
}
