// Folding used wherever names are compared: search, entity resolution, extraction.

const CYR_TO_LAT: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// Latin letters typed inside Cyrillic words (and the reverse) look the same but compare different.
const LATIN_LOOKALIKE_IN_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', i: 'і', h: 'һ',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У', I: 'І',
};

/** Replace Latin look-alike letters inside mostly-Cyrillic words with their Cyrillic twins. */
export function fixMixedScript(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    const cyr = (word.match(/[\u0400-\u04ff]/g) ?? []).length;
    if (cyr === 0 || cyr === word.length) return word;
    return word.replace(/[A-Za-z]/g, (c) => LATIN_LOOKALIKE_IN_CYRILLIC[c] ?? c);
  });
}

/** Lower case, no diacritics, Latin look-alikes fixed, punctuation to spaces, spaces folded. */
export function foldText(text: string): string {
  return fixMixedScript(text.normalize('NFC'))
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    // strip combining marks but keep the Cyrillic letters whose identity is a mark (й)
    .replace(/(?<!и)\u0306|[\u0300-\u0305\u0307-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Cyrillic (Kazakh and Russian) to a readable Latin spelling, for labels of newly found entities. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const lat = CYR_TO_LAT[lower];
    if (lat === undefined) out += ch;
    else out += ch === lower ? lat : lat.charAt(0).toUpperCase() + lat.slice(1);
  }
  return out;
}

/** A readable id: folded, transliterated, words joined by '-'. */
export function slugify(text: string): string {
  return transliterate(foldText(text)).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
}
