/** Every line the admin command prints, in Spanish (default) and English (--lang en). */
import type { Bilingual } from '../../report/types'

export const USAGE: Bilingual = {
  es: `Uso (la contraseña se lee de la entrada estándar, nunca de un argumento):
  npm run admin -- add-user --email CORREO --name "NOMBRE" --role planificacion|secretaria|consulta [--lang en]
Usa DATABASE_URL (PostgreSQL) o, sin ella, la base de datos embebida en POA_DATA_DIR (./data).`,
  en: `Usage (the password is read from standard input, never from an argument):
  npm run admin -- add-user --email EMAIL --name "NAME" --role planificacion|secretaria|consulta [--lang en]
Uses DATABASE_URL (PostgreSQL) or, without it, the embedded database in POA_DATA_DIR (./data).`,
}

export const adminMessages = {
  badArguments: (detail: string): Bilingual => ({ es: `Argumentos no válidos: ${detail}`, en: `Invalid arguments: ${detail}` }),
  unknownCommand: (name: string): Bilingual => ({ es: `Orden desconocida: «${name}» (use add-user).`, en: `Unknown command: "${name}" (use add-user).` }),
  missing: (option: string): Bilingual => ({ es: `Falta ${option}.`, en: `${option} is missing.` }),
  badEmail: (email: string): Bilingual => ({ es: `Correo electrónico no válido: «${email}».`, en: `Not an email address: "${email}".` }),
  badRole: (role: string): Bilingual => ({
    es: `Rol desconocido: «${role}» (use planificacion, secretaria o consulta).`,
    en: `Unknown role: "${role}" (use planificacion, secretaria or consulta).`,
  }),
  passwordArgument: {
    es: 'La contraseña no se pasa como argumento (quedaría en el historial): escríbala en la entrada estándar.',
    en: 'The password is not passed as an argument (it would stay in the shell history): write it on standard input.',
  },
  passwordPrompt: { es: 'Contraseña: ', en: 'Password: ' },
  noPassword: { es: 'No llegó ninguna contraseña por la entrada estándar.', en: 'No password arrived on standard input.' },
  created: (name: string, email: string, role: string): Bilingual => ({
    es: `Cuenta creada: ${name} <${email}>, rol ${role}.`,
    en: `Account created: ${name} <${email}>, role ${role}.`,
  }),
}
