// Lower-case roman numerals, for the folios of the front matter.
const numerals: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i']
]

export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`Unexpected number \`${value}\`, expected a whole number from 1 to 3999`)
  }
  let rest = value
  let text = ''
  for (const [amount, letters] of numerals) {
    while (rest >= amount) {
      text += letters
      rest -= amount
    }
  }
  return text
}
