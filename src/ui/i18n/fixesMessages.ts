/** Fixes of findings, shared by the findings panel and the grid's cell menu: labels, one line of help per fix, why a finding has none. */
import type { ClusterMethod } from '../../report/clusters/clusterValues'
import type { RuleId } from '../../report/findings'
import { formatNumber } from '../../report/numbers'

const es = {
  /** The fix's button, by rule (a percentage is shown the way the app shows numbers). */
  shiftedRow: 'Realinear la fila…',
  percentWithoutSign: (shown: string) => `Escribirlo con % (${shown})`,
  percentMismatch: (shown: string) => `Usar el calculado (${shown})`,
  markupResidue: 'Quitar el HTML',
  whitespace: 'Quitar los espacios sobrantes',
  categoryVariant: (text: string) => `Escribir «${text}»`,
  justificationMissing: 'Añadir la justificación…',
  /** One line on what each fix does. */
  help: {
    shiftedRow: 'Quita la celda vacía que empuja la fila a la derecha: cada celda vuelve bajo su cabecera y la última queda vacía; nada escrito se pierde.',
    percentWithoutSign: 'Escribe el mismo porcentaje como el resto del informe: con dos decimales y el signo %.',
    percentMismatch: 'Escribe cumplido / planificado × 100, con dos decimales, en lugar del porcentaje informado.',
    markupResidue: 'Quita las etiquetas HTML (<p>, <br>…) y cambia entidades como &amp; por su carácter; el resto del texto no cambia.',
    whitespace: 'Quita los espacios del inicio y del final y deja uno solo donde había varios; los saltos de línea se mantienen.',
    categoryVariant: 'Escribe la celda con la forma más usada de su grupo, u otra que usted elija.',
    justificationMissing: 'Abre el resultado con «Justificación: » al final para que usted la escriba: la aplicación nunca la escribe.',
  } satisfies Partial<Record<RuleId, string>> as Partial<Record<RuleId, string>>,
  /** Why a rule's findings have no fix. */
  noFix: {
    rowShape: 'Sin corrección automática: no se sabe qué celda sobra o falta en la fila.',
    shiftedRow: 'Sin corrección automática: no hay una celda vacía que explique el corrimiento.',
    requiredEmpty: 'Sin corrección automática: solo quien conoce la meta sabe qué va en la celda.',
    numberUnparseable: 'Sin corrección automática: no se sabe qué número se quiso escribir.',
    plannedZero: 'Sin corrección automática: el total planificado lo fija quien planifica la meta.',
    numberDuplicate: 'Sin corrección automática: renumerar cambia a qué meta se refieren los demás; decida usted.',
    numberMissing: 'Sin corrección automática: renumerar cambia a qué meta se refieren los demás; decida usted.',
    numberOrder: 'Sin corrección automática: renumerar cambia a qué meta se refieren los demás; decida usted.',
    objectiveCodeShared: 'Sin corrección automática: objetivos distintos usan el mismo código y solo usted sabe cuál es el correcto.',
    reductionGoal: 'Sin corrección automática: revise que planificado y cumplido midan lo reducido.',
  } satisfies Partial<Record<RuleId, string>> as Partial<Record<RuleId, string>>,
  shiftedFirst: 'Realinee primero la fila («Fila corrida»): este hallazgo viene de sus celdas corridas.',
  relatedMetas: { objectiveCodeShared: 'Objetivos con el mismo código:', numberDuplicate: 'La meta que ya usa este número:' } satisfies Partial<Record<RuleId, string>> as Partial<
    Record<RuleId, string>
  >,
  relatedMeta: (no: string) => `Ir a la meta ${no}`,
  // previews
  previewLabel: (no: string) => `Corrección de la meta ${no}`,
  cellName: (no: string, column: string) => `Meta N.º ${no} · ${column}`,
  emptyValue: '(vacío)',
  removed: 'quitado',
  added: 'añadido',
  apply: 'Aplicar',
  cancel: 'Cancelar',
  spellingLegend: 'Escribir como',
  spellingOption: (text: string, count: number) => `${text} (${formatNumber(count)} ${count === 1 ? 'meta' : 'metas'})`,
  applied: (cells: number) => `Corrección aplicada: ${formatNumber(cells)} ${cells === 1 ? 'celda cambiada' : 'celdas cambiadas'}. Se deshace en un paso.`,
  undo: 'Deshacer',
  undone: 'Corrección deshecha.',
  // fix all
  fixAll: (n: number) => `Corregir todos (${formatNumber(n)})`,
  fixAllLabel: (rule: string, n: number) => `Corregir todos los hallazgos «${rule}» de la vista (${formatNumber(n)})`,
  fixAllPreviewLabel: (rule: string) => `Corrección de todos los hallazgos «${rule}»`,
  fixAllSummary: (findings: number, cells: number) =>
    `Se corregirán ${formatNumber(findings)} ${findings === 1 ? 'hallazgo' : 'hallazgos'} (${formatNumber(cells)} ${cells === 1 ? 'celda' : 'celdas'}) en un solo paso, que se deshace de una vez. Primeros cambios:`,
  outsideView: (n: number) => `${formatNumber(n)} ${n === 1 ? 'hallazgo queda fuera' : 'hallazgos quedan fuera'} de la vista actual y no se cambian.`,
  moreChanges: (n: number) => `… y ${formatNumber(n)} ${n === 1 ? 'cambio más' : 'cambios más'}.`,
  applyAll: (n: number) => `Aplicar a ${formatNumber(n)}`,
  // a justification to write
  composeLabel: 'Descripción del resultado, con su justificación',
  composeHint: 'Escriba el motivo tras «Justificación: ». Ctrl+Intro guarda; Esc cancela.',
  composeSave: 'Guardar',
  composeEmpty: 'Escriba la justificación antes de guardar.',
  // the cell menu
  menuFix: (label: string) => `Corregir: ${label}`,
  dialogTitle: 'Corregir la celda',
  // clusters of variants
  clustersButton: 'Agrupar variantes…',
  clustersTitle: 'Agrupar variantes',
  clustersIntro:
    'Busca en una columna los valores que parecen uno solo escrito de varias formas. Revise cada grupo, corrija el valor fusionado si hace falta y fusione: sus metas pasan a decir lo mismo, en un solo paso que se deshace de una vez.',
  clustersColumn: 'Columna',
  clustersMethod: 'Método',
  methods: { keyCollision: 'Colisión de claves', nearestNeighbours: 'Vecinos cercanos' } satisfies Record<ClusterMethod, string>,
  methodHelp: {
    keyCollision: 'Agrupa los valores con las mismas palabras, sin contar tildes, mayúsculas, puntuación, orden de las palabras ni una s final de plural.',
    nearestNeighbours: 'Agrupa los valores que se escriben igual salvo unas pocas letras (distancia de edición, sin contar tildes, mayúsculas ni espacios dobles).',
  } satisfies Record<ClusterMethod, string>,
  clustersDistance: 'Letras de diferencia, como máximo',
  clustersSearching: 'Buscando grupos…',
  clustersFound: (clusters: number, values: number) =>
    `${formatNumber(clusters)} ${clusters === 1 ? 'grupo' : 'grupos'} entre ${formatNumber(values)} ${values === 1 ? 'valor distinto' : 'valores distintos'}.`,
  clustersNone: 'No hay variantes en esta columna con este método.',
  clustersFailed: (reason: string) => `No se pudieron buscar los grupos: ${reason}`,
  clusterLabel: (n: number, metas: number) => `Grupo ${formatNumber(n)}: ${formatNumber(metas)} ${metas === 1 ? 'meta' : 'metas'}`,
  clusterSelect: (n: number) => `Seleccionar el grupo ${formatNumber(n)}`,
  clusterInto: (n: number) => `Valor fusionado del grupo ${formatNumber(n)}`,
  clusterMerge: 'Fusionar este grupo',
  mergeSelected: (n: number) => `Fusionar los seleccionados (${formatNumber(n)})`,
  merged: (clusters: number, cells: number) =>
    `${clusters === 1 ? 'Se fusionó 1 grupo' : `Se fusionaron ${formatNumber(clusters)} grupos`}: ${formatNumber(cells)} ${cells === 1 ? 'celda cambiada' : 'celdas cambiadas'}. Se deshace en un paso.`,
  clustersMore: (n: number) => `Mostrar ${formatNumber(n)} más`,
}

export type FixesMessages = typeof es

const en: FixesMessages = {
  shiftedRow: 'Realign the row…',
  percentWithoutSign: (shown) => `Write it with % (${shown})`,
  percentMismatch: (shown) => `Use the computed one (${shown})`,
  markupResidue: 'Remove the HTML',
  whitespace: 'Remove the extra spaces',
  categoryVariant: (text) => `Write “${text}”`,
  justificationMissing: 'Add the justification…',
  help: {
    shiftedRow: 'Takes out the empty cell that pushes the row right: every cell goes back under its header and the last one is left empty; nothing written is lost.',
    percentWithoutSign: 'Writes the same percentage as the rest of the report does: with two decimals and the % sign.',
    percentMismatch: 'Writes achieved / planned × 100, with two decimals, instead of the reported percentage.',
    markupResidue: 'Removes HTML tags (<p>, <br>…) and turns entities such as &amp; into their character; the rest of the text is unchanged.',
    whitespace: 'Removes spaces at the start and the end and leaves one where there were several; line breaks stay.',
    categoryVariant: 'Writes the cell the way its group most often writes it, or another way you choose.',
    justificationMissing: 'Opens the result with “Justificación: ” at its end for you to write it: the app never writes it.',
  },
  noFix: {
    rowShape: 'No automatic fix: which cell is extra or missing in the row is not known.',
    shiftedRow: 'No automatic fix: no empty cell explains the shift.',
    requiredEmpty: 'No automatic fix: only someone who knows the goal knows what goes in the cell.',
    numberUnparseable: 'No automatic fix: which number was meant is not known.',
    plannedZero: 'No automatic fix: the planned total is set by whoever plans the goal.',
    numberDuplicate: 'No automatic fix: renumbering changes which goal others refer to; you decide.',
    numberMissing: 'No automatic fix: renumbering changes which goal others refer to; you decide.',
    numberOrder: 'No automatic fix: renumbering changes which goal others refer to; you decide.',
    objectiveCodeShared: 'No automatic fix: different objectives use the same code and only you know which is right.',
    reductionGoal: 'No automatic fix: check that planned and achieved measure the amount reduced.',
  },
  shiftedFirst: 'Realign the row first (“Shifted row”): this finding comes from its shifted cells.',
  relatedMetas: { objectiveCodeShared: 'Objectives with the same code:', numberDuplicate: 'The goal that already uses this number:' },
  relatedMeta: (no) => `Go to goal ${no}`,
  previewLabel: (no) => `Fix of goal ${no}`,
  cellName: (no, column) => `Goal no. ${no} · ${column}`,
  emptyValue: '(empty)',
  removed: 'removed',
  added: 'added',
  apply: 'Apply',
  cancel: 'Cancel',
  spellingLegend: 'Write as',
  spellingOption: (text, count) => `${text} (${formatNumber(count)} ${count === 1 ? 'goal' : 'goals'})`,
  applied: (cells) => `Fix applied: ${formatNumber(cells)} ${cells === 1 ? 'cell changed' : 'cells changed'}. It is undone in one step.`,
  undo: 'Undo',
  undone: 'Fix undone.',
  fixAll: (n) => `Fix all (${formatNumber(n)})`,
  fixAllLabel: (rule, n) => `Fix every “${rule}” finding in the view (${formatNumber(n)})`,
  fixAllPreviewLabel: (rule) => `Fix of every “${rule}” finding`,
  fixAllSummary: (findings, cells) =>
    `${formatNumber(findings)} ${findings === 1 ? 'finding' : 'findings'} (${formatNumber(cells)} ${cells === 1 ? 'cell' : 'cells'}) will be fixed in one step, undone at once. First changes:`,
  outsideView: (n) => `${formatNumber(n)} ${n === 1 ? 'finding is' : 'findings are'} outside the current view and left unchanged.`,
  moreChanges: (n) => `… and ${formatNumber(n)} more ${n === 1 ? 'change' : 'changes'}.`,
  applyAll: (n) => `Apply to ${formatNumber(n)}`,
  composeLabel: 'Result description, with its justification',
  composeHint: 'Write the reason after “Justificación: ”. Ctrl+Enter saves; Esc cancels.',
  composeSave: 'Save',
  composeEmpty: 'Write the justification before saving.',
  menuFix: (label) => `Fix: ${label}`,
  dialogTitle: 'Fix the cell',
  clustersButton: 'Cluster variants…',
  clustersTitle: 'Cluster variants',
  clustersIntro:
    'Finds the values of a column that look like one value written several ways. Check each cluster, correct the merged value if needed and merge: its goals then say the same, in one step that is undone at once.',
  clustersColumn: 'Column',
  clustersMethod: 'Method',
  methods: { keyCollision: 'Key collision', nearestNeighbours: 'Nearest neighbours' },
  methodHelp: {
    keyCollision: 'Groups values with the same words, ignoring accents, case, punctuation, word order and a final plural s.',
    nearestNeighbours: 'Groups values written alike but for a few letters (edit distance, ignoring accents, case and doubled spaces).',
  },
  clustersDistance: 'Letters of difference, at most',
  clustersSearching: 'Looking for clusters…',
  clustersFound: (clusters, values) =>
    `${formatNumber(clusters)} ${clusters === 1 ? 'cluster' : 'clusters'} among ${formatNumber(values)} distinct ${values === 1 ? 'value' : 'values'}.`,
  clustersNone: 'No variants in this column with this method.',
  clustersFailed: (reason) => `The clusters could not be found: ${reason}`,
  clusterLabel: (n, metas) => `Cluster ${formatNumber(n)}: ${formatNumber(metas)} ${metas === 1 ? 'goal' : 'goals'}`,
  clusterSelect: (n) => `Select cluster ${formatNumber(n)}`,
  clusterInto: (n) => `Merged value of cluster ${formatNumber(n)}`,
  clusterMerge: 'Merge this cluster',
  mergeSelected: (n) => `Merge the selected (${formatNumber(n)})`,
  merged: (clusters, cells) =>
    `${clusters === 1 ? '1 cluster merged' : `${formatNumber(clusters)} clusters merged`}: ${formatNumber(cells)} ${cells === 1 ? 'cell changed' : 'cells changed'}. It is undone in one step.`,
  clustersMore: (n) => `Show ${formatNumber(n)} more`,
}

export const fixesMessages = { es, en }
