import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { SidePanelArea } from '../../../src/features/panels/SidePanelArea'
import { PeopleContext } from '../../../src/ui/session/PeopleContext'
import { ana, luis } from '../../unit/sync/teamBrowsers'
import { account, arrive, renderTeam, teamRecord } from '../team/renderTeam'

const META = 8
const marta = { id: 'a0000000-0000-4000-8000-000000000003', name: 'Marta Ruiz' }
const lucia = { id: 'a0000000-0000-4000-8000-000000000004', name: 'Lucía Andrade' }
const PEOPLE = [ana, luis, marta, lucia]

async function panel() {
  const page = await renderTeam(
    <PeopleContext.Provider value={PEOPLE}>
      <SidePanelArea />
    </PeopleContext.Provider>,
    { account: account('planificacion', ana), url: `/?meta=${META + 1}` },
  )
  return page
}

const storedComments = async (page: Awaited<ReturnType<typeof panel>>) => {
  await page.session.whenSaved()
  const log = await page.db.reviewLog.where('workspace').equals(page.hash).toArray()
  return log.filter((r) => r.kind === 'comment' || r.kind === 'resolve').map((r) => ({ kind: r.kind, data: r.data }))
}
const options = () => within(screen.getByRole('listbox', { name: 'Personas que puede mencionar' })).getAllByRole('option')
const thread = (author: string) => screen.getByRole('listitem', { name: `Hilo de ${author}` })

describe('comment threads on a shared report', () => {
  test('@ completes a name from the team with ↑ ↓ Enter; the mention is stored as the account id and shown as the name', async () => {
    const user = userEvent.setup()
    const page = await panel()
    const box = screen.getByRole('combobox', { name: 'Nuevo comentario' })
    await user.type(box, 'Revise el total, @lu')
    expect(box.getAttribute('aria-expanded')).toBe('true')
    // The writer is not offered; both names with a word starting “lu” are, accents aside.
    expect(options().map((o) => o.textContent)).toEqual(['Luis Mora', 'Lucía Andrade'])
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{ArrowDown}')
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1]!.id)
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}')
    expect((box as HTMLTextAreaElement).value).toBe('Revise el total, @Lucía Andrade ')
    expect(box.getAttribute('aria-expanded')).toBe('false')
    await user.type(box, 'por favor @ma')
    expect(options().map((o) => o.textContent)).toEqual(['Marta Ruiz'])
    await user.keyboard('{Escape}')
    expect(box.getAttribute('aria-expanded')).toBe('false')
    expect(screen.getByRole('tab', { name: /Meta/ }).getAttribute('aria-selected')).toBe('true')
    await user.click(screen.getByRole('button', { name: 'Comentar' }))

    expect(await storedComments(page)).toEqual([{ kind: 'comment', data: { text: 'Revise el total, @Lucía Andrade por favor @ma', mentions: lucia.id } }])
    const mention = within(thread('Ana Pérez')).getByText('@Lucía Andrade')
    expect(mention.tagName).toBe('MARK')
  })

  test('a comment holding markup shows it as text', async () => {
    const page = await panel()
    await arrive(page, [teamRecord(marta, 'comment', META, { text: '<b>negrita</b> @Ana Pérez', mentions: ana.id })])
    const root = thread('Marta Ruiz')
    expect(root.querySelector('b')).toBeNull()
    expect(within(root).getByText('<b>negrita</b>', { exact: false })).toBeDefined()
  })

  test('a reply goes in its thread; «Resolver» folds the thread away, it can still be read, and a reply opens it again', async () => {
    const user = userEvent.setup()
    const page = await panel()
    const root = teamRecord(marta, 'comment', META, { text: '¿De dónde sale el total?' })
    await arrive(page, [root])
    await user.click(within(thread('Marta Ruiz')).getByRole('button', { name: 'Responder' }))
    await user.type(screen.getByRole('combobox', { name: 'Respuesta' }), 'Del oficio 123')
    await user.click(screen.getByRole('button', { name: 'Enviar respuesta' }))
    expect(
      within(thread('Marta Ruiz'))
        .getAllByRole('article')
        .map((a) => a.querySelector('p:last-child')?.textContent),
    ).toEqual(['¿De dónde sale el total?', 'Del oficio 123'])

    await user.click(within(thread('Marta Ruiz')).getByRole('button', { name: 'Resolver' }))
    expect(within(thread('Marta Ruiz')).getByText('Hilo resuelto por Ana Pérez')).toBeDefined()
    expect(within(thread('Marta Ruiz')).queryByRole('article')).toBeNull()
    const show = within(thread('Marta Ruiz')).getByRole('button', { name: 'Ver hilo resuelto (2 comentarios)' })
    await user.click(show)
    expect(show.getAttribute('aria-expanded')).toBe('true')
    expect(within(thread('Marta Ruiz')).getAllByRole('article')).toHaveLength(2)
    expect(within(thread('Marta Ruiz')).queryByRole('button', { name: 'Resolver' })).toBeNull()

    await user.click(within(thread('Marta Ruiz')).getByRole('button', { name: 'Responder' }))
    expect(screen.getByText('Responder vuelve a abrir el hilo.')).toBeDefined()
    await user.type(screen.getByRole('combobox', { name: 'Respuesta' }), 'Falta un dato')
    await user.click(screen.getByRole('button', { name: 'Enviar respuesta' }))
    expect(within(thread('Marta Ruiz')).queryByText(/Hilo resuelto/)).toBeNull()
    expect(within(thread('Marta Ruiz')).getByRole('button', { name: 'Resolver' })).toBeDefined()

    expect(await storedComments(page)).toEqual([
      { kind: 'comment', data: { text: '¿De dónde sale el total?' } },
      { kind: 'comment', data: { text: 'Del oficio 123', thread: root.uid } },
      { kind: 'resolve', data: { thread: root.uid } },
      { kind: 'comment', data: { text: 'Falta un dato', thread: root.uid } },
    ])
  })

  test('a thread someone else resolved arrives folded, saying who resolved it', async () => {
    const page = await panel()
    const root = teamRecord(marta, 'comment', META, { text: 'Revisar la meta' })
    await arrive(page, [root, teamRecord(luis, 'resolve', META, { thread: root.uid })])
    expect(within(thread('Marta Ruiz')).getByText('Hilo resuelto por Luis Mora')).toBeDefined()
    expect(within(thread('Marta Ruiz')).getByRole('button', { name: 'Ver hilo resuelto (1 comentario)' })).toBeDefined()
  })
})
