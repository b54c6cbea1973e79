export { shelfMain } from './main.js'
export { checksumsOf, verifyChecksums } from './outputs.js'
export { type Edition, type Plan, planShelf } from './plan.js'
