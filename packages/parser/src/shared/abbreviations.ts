// The words around a full stop that tell, in each language, whether it ends a sentence: the
// abbreviations that do not, and the words that show a stop is an ordinal or follows an initial.
import { primaryLanguage } from './language.js'

/** What the segmenter knows of one language's abbreviations. */
export interface Abbreviations {
  /** Abbreviations that never end a sentence, whatever follows: `Dr.`, `Hrn.`, `M.`, `Sra.` */
  readonly always: ReadonlySet<string>
  /** Abbreviations that close a name, and so may end a sentence: `King Jr. The talk`. */
  readonly closesPhrase: ReadonlySet<string>
  /** Abbreviations only before a number: `No. 5`, `Aug. 1769`, `Febr. 1717`. */
  readonly beforeDigit: ReadonlySet<string>
  /** Words that open a sentence, so the single capital before them is no initial: `K. But`. */
  readonly openers: ReadonlySet<string>
  /** Whether `3.` may be an ordinal, as in German (`am 3. März`). */
  readonly ordinals: boolean
  /** Lowercased words after which a number with a stop is an ordinal: `am 26. Aug.` */
  readonly ordinalContext: ReadonlySet<string>
  /** Months (and their abbreviations) after which a day's stop is an ordinal: `(28. April`. */
  readonly months: ReadonlySet<string>
  /** Whether a lone lowercase letter with a stop is always an abbreviation (`z. B.`, `v.`). */
  readonly loneLetters: boolean
  /** Abbreviations of lone letters that close a list, and may end a sentence: `u. s. w.` */
  readonly closing: readonly string[]
}

// English, and the part of it that manuscripts in every language use (`Mr.`, `Dr.`, `cf.`).
// `Jr.`, `Sr.`, `etc.` and `et al.` are absent: they close a phrase, so before a capital they
// usually close the sentence too (`tanks, guns, etc. The army`).
const englishAlways = [
  ...['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Mt', 'Prof', 'Gen', 'Genl', 'Col', 'Lt', 'Lieut', 'Capt'],
  ...['Sgt', 'Rev', 'Hon', 'Gov', 'Sen', 'Rep', 'Pres', 'Adm', 'Maj', 'Cpl', 'Pvt', 'Fr'],
  ...['Messrs', 'Mme', 'Mlle', 'Vol', 'vol', 'pp', 'p', 'ch', 'Ch', 'cf', 'viz', 'vs', 'approx'],
  ...['ca', 'c', 'fig', 'Fig', 'e.g', 'i.e'],
  // Mostly attributive (`U.S. Army`, `U.N. Security Council`), so kept with what follows.
  ...['U.S', 'U.K', 'U.N', 'U.S.S.R']
]

// Words that are abbreviations only before a number: `No. 5`, `Nov. 7`; `No. Then` is an answer.
const englishBeforeDigit = [
  ...['No', 'Nos', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct'],
  ...['Nov', 'Dec']
]

const englishOpeners = [
  ...['The', 'A', 'An', 'But', 'And', 'In', 'If', 'It', 'Its', 'This', 'That', 'These'],
  ...['Those', 'Thus', 'Hence', 'For', 'We', 'By', 'On', 'At', 'As', 'When', 'Then', 'There'],
  ...['So', 'Now', 'He', 'She', 'They', 'His', 'Her', 'Our', 'From', 'With', 'Let']
]

const germanMonths = [
  ...['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August'],
  ...['September', 'Oktober', 'October', 'November', 'Dezember', 'December'],
  ...['Jan', 'Febr', 'Feb', 'Apr', 'Aug', 'Sept', 'Sep', 'Okt', 'Oct', 'Nov', 'Dez', 'Dec']
]

interface Words {
  always: readonly string[]
  beforeDigit: readonly string[]
  openers: readonly string[]
  ordinalContext?: readonly string[]
  months?: readonly string[]
  loneLetters: boolean
  closing?: readonly string[]
}

const byLanguage: Readonly<Record<string, Words>> = {
  en: {
    always: [],
    beforeDigit: [],
    openers: englishOpeners,
    loneLetters: false
  },
  de: {
    always: [
      ...['Hr', 'Hrn', 'Fr', 'Frl', 'Mad', 'Mdlle', 'Nr', 'Nrn', 'vgl', 'Vgl', 'bzw', 'geb'],
      ...['gest', 'sog', 'Bd', 'Bde', 'Anm', 'Aufl', 'Hrsg', 'hrsg', 'ebd', 'Kap', 'Jh', 'Jahrh'],
      ...['Jhdt', 'evtl', 'Str', 'resp', 'Hrz'],
      // First names, as scholars shorten them: `_Joh. Christ. Krüger_`, `_Bernh. Theod._`
      ...['Chr', 'Christ', 'Joh', 'Wilh', 'Friedr', 'Bernh', 'Theod', 'Ferd', 'Ludw', 'Heinr']
    ],
    beforeDigit: [...germanMonths, 'S', 'Jg', 'ff', 'f', 'Abs', 'Art', 'Tl', 'Th', 'Sp'],
    openers: [
      ...['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Er', 'Sie', 'Es', 'Wir'],
      ...['Ich', 'Und', 'Aber', 'In', 'Im', 'Am', 'Auf', 'Als', 'Wenn', 'Da', 'So', 'Nun'],
      ...['Dann', 'Denn', 'Doch', 'Dies', 'Diese', 'Dieser', 'Man']
    ],
    ordinalContext: [
      ...['am', 'im', 'vom', 'zum', 'zur', 'beim', 'den', 'dem', 'der', 'des', 'die', 'das'],
      ...['seit', 'bis', 'ab', 'vor', 'nach']
    ],
    months: germanMonths,
    loneLetters: true,
    closing: ['u. s. w', 'u. s. f', 'u. a. m', 'u. dgl. m']
  },
  fr: {
    always: [
      ...['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Mgr', 'Me', 'Ste', 'Cf', 'éd', 'chap'],
      ...['env', 'ibid', 'op']
    ],
    beforeDigit: ['janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'no', 'art'],
    openers: [
      ...['Le', 'La', 'Les', 'Il', 'Elle', 'Ils', 'Elles', 'Je', 'Nous', 'Vous', 'On', 'Mais'],
      ...['Et', 'En', 'Dans', 'Ce', 'Cette', 'Un', 'Une', 'Si', 'Quand', 'Alors', 'Puis', 'Car']
    ],
    loneLetters: true
  },
  es: {
    always: [
      ...['Sr', 'Sra', 'Sres', 'Srta', 'Dra', 'Dña', 'Ud', 'Uds', 'Vd', 'Vds', 'Excmo', 'Excma'],
      ...['Ilmo', 'Ilma', 'Sto', 'Sta', 'pág', 'págs', 'cap', 'núm', 'art', 'ej', 'aprox']
    ],
    beforeDigit: ['ene', 'feb', 'abr', 'ago', 'sept', 'sep', 'oct', 'nov', 'dic', 'no', 'n'],
    openers: [
      ...['El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Y', 'Pero', 'En', 'Se', 'No', 'Es'],
      ...['Si', 'Cuando', 'Entonces', 'Yo', 'Él', 'Ella']
    ],
    loneLetters: true
  }
}

const cache = new Map<string, Abbreviations>()

/**
 * The abbreviations of the language `tag` (BCP 47), English's among them: a manuscript in any
 * language writes `Mr.` and `cf.`. A language without a list of its own reads as English.
 */
export function abbreviationsFor(tag: string | undefined): Abbreviations {
  const key = tag ?? 'en'
  let found = cache.get(key)
  if (found === undefined) {
    const words = byLanguage[primaryLanguage(tag)] ?? (byLanguage.en as Words)
    found = {
      always: new Set([...englishAlways, ...words.always]),
      // Spanish `Sr.` is a title (in `always`, read first); English `Sr.` closes a name.
      closesPhrase: new Set(['Jr', 'Sr']),
      beforeDigit: new Set([...englishBeforeDigit, ...words.beforeDigit]),
      openers: new Set(words.openers),
      ordinals: words.ordinalContext !== undefined,
      ordinalContext: new Set(words.ordinalContext ?? []),
      months: new Set(words.months ?? []),
      loneLetters: words.loneLetters,
      closing: words.closing ?? []
    }
    cache.set(key, found)
  }
  return found
}
