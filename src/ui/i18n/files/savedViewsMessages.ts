/** The saved views dialog. */
const es = {
  viewsButton: 'Vistas',
  viewsTitle: 'Vistas guardadas',
  viewsIntro: 'Guarde los filtros, el orden y las columnas de la vista actual con un nombre, para volver a ella o compartirla con un enlace.',
  viewNameLabel: 'Nombre de la vista',
  saveView: 'Guardar la vista actual',
  viewsList: 'Vistas guardadas de este informe',
  noViews: 'Todavía no hay vistas guardadas en este informe.',
  openView: (name: string) => `Abrir la vista «${name}»`,
  copyLink: (name: string) => `Copiar el enlace de «${name}»`,
  deleteView: (name: string) => `Eliminar la vista «${name}»`,
  open: 'Abrir',
  copy: 'Copiar enlace',
  remove: 'Eliminar',
  linkLabel: (name: string) => `Enlace de «${name}»`,
  viewSaved: (name: string) => `Vista «${name}» guardada.`,
  viewOpened: (name: string) => `Vista «${name}» abierta.`,
  viewDeleted: (name: string) => `Vista «${name}» eliminada.`,
  linkCopied: 'Enlace copiado al portapapeles.',
  linkNotCopied: 'No se pudo copiar automáticamente: seleccione el enlace y cópielo.',
  viewsUnavailable: 'Las vistas se guardan en el navegador, que no permite guardar datos ahora.',
  viewsFailed: (reason: string) => `No se pudo guardar: ${reason}`,
  nameRequired: 'Escriba un nombre para la vista.',
}

export type SavedViewsMessages = typeof es

const en: SavedViewsMessages = {
  viewsButton: 'Views',
  viewsTitle: 'Saved views',
  viewsIntro: 'Save the current view’s filters, sort and columns under a name, to come back to it or share it with a link.',
  viewNameLabel: 'View name',
  saveView: 'Save the current view',
  viewsList: 'Saved views of this report',
  noViews: 'No saved views in this report yet.',
  openView: (name) => `Open the view “${name}”`,
  copyLink: (name) => `Copy the link of “${name}”`,
  deleteView: (name) => `Delete the view “${name}”`,
  open: 'Open',
  copy: 'Copy link',
  remove: 'Delete',
  linkLabel: (name) => `Link of “${name}”`,
  viewSaved: (name) => `View “${name}” saved.`,
  viewOpened: (name) => `View “${name}” opened.`,
  viewDeleted: (name) => `View “${name}” deleted.`,
  linkCopied: 'Link copied to the clipboard.',
  linkNotCopied: 'Could not copy automatically: select the link and copy it.',
  viewsUnavailable: 'Views are kept in the browser, which cannot store data right now.',
  viewsFailed: (reason) => `Could not save: ${reason}`,
  nameRequired: 'Type a name for the view.',
}

export const savedViewsMessages = { es, en }
