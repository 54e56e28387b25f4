import { expect, test } from '@playwright/test'

// The service worker would answer from its cache; block it so the failed download is real.
test.use({ serviceWorkers: 'block' })

test('when the charts cannot be downloaded the panel says so, the grid keeps working, and retry loads them', async ({ page }) => {
  let failCharts = true
  await page.route(/ChartsPanel-[^/]*\.js$/, (route) => (failCharts ? route.abort('internetdisconnected') : route.continue()))
  await page.goto('/')
  await expect(page.getByRole('grid')).toBeVisible()
  await page.getByRole('tab', { name: 'Gráficos' }).click()
  const panel = page.getByRole('complementary', { name: 'Panel lateral' })
  await expect(panel.getByRole('alert')).toContainText('Esta parte no se pudo cargar')
  await expect(page.getByRole('grid')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Exportar' })).toBeVisible()

  failCharts = false
  await panel.getByRole('button', { name: 'Reintentar' }).click()
  await expect(panel.getByRole('figure', { name: 'Metas por franja de cumplimiento' })).toBeVisible()
})
