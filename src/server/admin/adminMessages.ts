/** Every line the admin command prints, in Spanish (default) and English (--lang en). */
import type { Bilingual } from '../../report/types'

export const USAGE: Bilingual = {
  es: `Uso (la contraseña se lee de la entrada estándar, nunca de un argumento):
  npm run admin -- add-user --email CORREO --name "NOMBRE" --role planificacion|secretaria|consulta [--unit "UNIDAD"] [--lang en]
Una cuenta de secretaría necesita --unit: el nombre de su unidad (se crea si no existe).
Usa DATABASE_URL (PostgreSQL) o, sin ella, la base de datos embebida en POA_DATA_DIR (./data).`,
  en: `Usage (the password is read from standard input, never from an argument):
  npm run admin -- add-user --email EMAIL --name "NAME" --role planificacion|secretaria|consulta [--unit "UNIT"] [--lang en]
A secretaria account needs --unit: the name of its unit (made when there is none by that name).
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
  unitRequired: {
    es: 'Una cuenta de secretaría pertenece a una unidad: añada --unit "NOMBRE DE LA UNIDAD".',
    en: 'A secretaria account belongs to a unit: add --unit "UNIT NAME".',
  },
  unitNotForRole: { es: 'Solo una cuenta de secretaría pertenece a una unidad: quite --unit.', en: 'Only a secretaria account belongs to a unit: leave out --unit.' },
  unitCreated: (unit: string): Bilingual => ({ es: `Unidad creada: ${unit}.`, en: `Unit created: ${unit}.` }),
  passwordArgument: {
    es: 'La contraseña no se pasa como argumento (quedaría en el historial): escríbala en la entrada estándar.',
    en: 'The password is not passed as an argument (it would stay in the shell history): write it on standard input.',
  },
  passwordPrompt: { es: 'Contraseña: ', en: 'Password: ' },
  noPassword: { es: 'No llegó ninguna contraseña por la entrada estándar.', en: 'No password arrived on standard input.' },
  created: (name: string, email: string, role: string, unit: string | null): Bilingual => ({
    es: `Cuenta creada: ${name} <${email}>, rol ${role}${unit === null ? '' : `, unidad ${unit}`}.`,
    en: `Account created: ${name} <${email}>, role ${role}${unit === null ? '' : `, unit ${unit}`}.`,
  }),
}
