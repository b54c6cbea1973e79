export {
  BrowserNotFoundError,
  type BrowserSource,
  environmentVariable,
  type FindBrowserOptions,
  type FoundBrowser,
  findBrowser,
  isSet,
  noSystemVariable,
  npmPackage
} from './find.js'
