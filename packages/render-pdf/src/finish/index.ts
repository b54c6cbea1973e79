// The finishing layer: pdf-lib steps that turn Chromium's chapter PDFs into the edition.
export { addBleed, type BleedOptions } from './bleed.js'
export { readFonts } from './fonts.js'
export { type Metadata, setMetadata } from './metadata.js'
export { addNamedDestinations, type NamedDestination } from './named-destinations.js'
export { addOutline, type OutlineEntry } from './outline.js'
export { type PageLabelRange, setPageLabels } from './page-labels.js'
export { type SaveOptions, save } from './save.js'
export { type StitchPart, stitch } from './stitch.js'
