/**
 * Password hashes with Node's scrypt (memory-hard): "scrypt$N$r$p$salt$hash", base64url parts, so
 * the cost can be raised later without breaking stored hashes. Passwords are never stored or logged.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

export const MIN_PASSWORD_LENGTH = 10
// 64 MiB and about 0.2 s a hash on these machines.
const COST = { N: 2 ** 16, r: 8, p: 1 }
const KEY_LENGTH = 32

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const maxmem = 256 * (options.N ?? 0) * (options.r ?? 0)
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key))))
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, COST)
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64url')
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

let unknownAccountHash: Promise<string> | null = null

/** Spends the time of a real check, so an unknown account answers as slowly as a wrong password. */
export async function verifyAgainstNobody(password: string): Promise<false> {
  unknownAccountHash ??= hashPassword('no account has this password')
  await verifyPassword(password, await unknownAccountHash)
  return false
}
