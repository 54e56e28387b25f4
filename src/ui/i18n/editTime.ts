/**
 * When a change was made, as "1/12/2026 10:32": day first and a 24-hour clock, the way Ecuador
 * writes it, in both UI languages (as the report's figures keep their Ecuadorian format).
 */
export function editTimeText(at: number): string {
  const when = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${when.getDate()}/${when.getMonth() + 1}/${when.getFullYear()} ${pad(when.getHours())}:${pad(when.getMinutes())}`
}
