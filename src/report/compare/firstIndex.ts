/**
 * Binary search: the first index of [0, length) where `reached` holds, for a condition that is false
 * and then true along a sorted list; `length` when it never holds.
 */
export function firstIndex(length: number, reached: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const mid = (low + high) >> 1
    if (reached(mid)) high = mid
    else low = mid + 1
  }
  return low
}
