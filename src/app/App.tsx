import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router/dom'
import { LanguageProvider } from '../ui/i18n/LanguageProvider'
import { createAppRouter } from './routes'
// After every component's module: the global focus ring and .visually-hidden win over a single class.
import '../ui/tokens.css'
import '../ui/global.css'

export function App() {
  // Nothing queries yet: the provider stays for the team server's requests (sync), which use React Query.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }))
  const [router] = useState(createAppRouter)
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <RouterProvider router={router} />
      </LanguageProvider>
    </QueryClientProvider>
  )
}
