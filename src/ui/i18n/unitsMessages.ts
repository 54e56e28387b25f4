/** Team mode's units and assignments: the units dialog and the assignment dialog. */
const es = {
  unitsButton: 'Unidades',
}

export type UnitsMessages = typeof es

const en: UnitsMessages = {
  unitsButton: 'Units',
}

export const unitsMessages = { es, en }
