/** What the server and the admin command print for the operator, in Spanish and English. */
import type { Bilingual } from '../report/types'
import type { DatabaseConfig } from './serverConfig'

function database(config: DatabaseConfig): Bilingual {
  return config.databaseUrl
    ? { es: 'PostgreSQL (DATABASE_URL)', en: 'PostgreSQL (DATABASE_URL)' }
    : { es: `base de datos embebida en ${config.dataDir}`, en: `embedded database in ${config.dataDir}` }
}

export const operatorMessages = {
  listening: (url: string, config: DatabaseConfig): Bilingual => ({
    es: `Servidor del equipo en ${url} (${database(config).es}).`,
    en: `Team server at ${url} (${database(config).en}).`,
  }),
  noApp: (distDir: string): Bilingual => ({
    es: `No hay aplicación construida en ${distDir} (ejecute npm run build): solo responde la API.`,
    en: `No built app in ${distDir} (run npm run build): only the API answers.`,
  }),
  dataDirBusy: (dataDir: string, pid: number): Bilingual => ({
    es: `La carpeta de datos ${dataDir} está en uso por otro proceso (${pid}), quizá el servidor: deténgalo antes, o use DATABASE_URL.`,
    en: `The data folder ${dataDir} is in use by another process (${pid}), perhaps the server: stop it first, or use DATABASE_URL.`,
  }),
  cannotOpenDatabase: (config: DatabaseConfig, reason: string): Bilingual => ({
    es: `No se puede abrir la ${database(config).es}: ${reason}`,
    en: `Cannot open the ${database(config).en}: ${reason}`,
  }),
  portInUse: (host: string, port: number): Bilingual => ({
    es: `El puerto ${port} de ${host} ya está en uso: detenga lo que lo ocupa o elija otro con PORT.`,
    en: `Port ${port} on ${host} is already in use: stop what holds it or choose another with PORT.`,
  }),
  failed: (reason: string): Bilingual => ({ es: `El servidor no pudo arrancar: ${reason}`, en: `The server could not start: ${reason}` }),
}

/** A failure the operator must fix (a busy data folder, a wrong DATABASE_URL, a taken port): said, not a stack trace. */
export class OperatorError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en)
  }
}

export function bothLanguages(text: Bilingual): string {
  return `${text.es}\n${text.en}`
}
