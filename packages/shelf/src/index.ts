export { shelfMain } from './main.js'
export { checksumsOf, verifyChecksums } from './outputs.js'
export { type Edition, type Plan, planShelf, workspaceName } from './plan.js'
export { removeWorkspaces, shelfFolder, writeWorkspaces } from './workspaces.js'
