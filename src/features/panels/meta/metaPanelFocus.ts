/** The meta panel's heading: where the focus lands when another part of the panels opens a meta. */
export const META_PANEL_TITLE = 'meta-panel-title'

/** Moves the focus to the meta panel once what asked for it has closed (and given the focus back to its button). */
export function focusMetaPanel(): void {
  setTimeout(() => document.getElementById(META_PANEL_TITLE)?.focus(), 0)
}
