// The edition's `@font-face` rules (Source Serif 4 as `data:` URLs, with the subsets the
// book's words need), from the HTML renderer, so that the running heads are set in the very
// same faces as the text.
export { fontFacesFor as fontFaces } from '@colophon/render-html'
