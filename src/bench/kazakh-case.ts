// Kazakh case endings with vowel harmony and consonant assimilation, so generated news text inflects
// names the way real Kazakh news does («Көшербаевтың», «Вашингтонда») and extraction has to resolve them.

export type KazakhCase = 'nom' | 'gen' | 'dat' | 'loc' | 'acc' | 'ins' | 'abl';

const BACK = new Set([...'аоұыуяёю']);
const FRONT = new Set([...'әөүіеиэ']);
const VOWELS = new Set([...BACK, ...FRONT]);
const VOICELESS = new Set([...'пфкқтсшщхцчһбвгғд']);
const NASAL = new Set([...'мнң']);
const SONORANT = new Set([...'лрйу']);

interface Sound {
  front: boolean;
  last: string;
}

const LATIN_AS_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', i: 'і', o: 'о', u: 'у', y: 'й', m: 'м', n: 'н', l: 'л', r: 'р', z: 'з', j: 'ж',
  b: 'п', d: 'т', g: 'к', p: 'п', t: 'т', k: 'к', f: 'ф', s: 'с', c: 'к', h: 'х', x: 'с', q: 'к', v: 'ф', w: 'у',
};

function soundOf(word: string): Sound {
  // Latin-script names (Kazinform, USGS) take endings by how Kazakh reads them.
  let w = word.toLowerCase().replace(/[a-z]/g, (ch) => LATIN_AS_CYRILLIC[ch] ?? ch);
  // Russian-style surname endings (-ев, -ова) do not take part in harmony: Көшербаевтың, not -тің.
  w = w.replace(/(е|ь)(в|ва)$/, '$2');
  let front = w.endsWith('ь');
  w = w.replace(/ь$/, '');
  for (let i = w.length - 1; i >= 0 && !front; i--) {
    const ch = w[i] ?? '';
    if (BACK.has(ch)) break;
    if (FRONT.has(ch)) {
      front = true;
      break;
    }
  }
  let last = '';
  for (let i = w.length - 1; i >= 0 && last === ''; i--) {
    const ch = w[i] ?? '';
    if (/[\p{L}]/u.test(ch)) last = ch;
  }
  return { front, last };
}

const pair = (front: boolean, back: string, frontForm: string): string => (front ? frontForm : back);

function ending(c: KazakhCase, s: Sound, possessive: boolean): string {
  const v = VOWELS.has(s.last);
  const voiceless = VOICELESS.has(s.last);
  const nasal = NASAL.has(s.last);
  const f = s.front;
  if (possessive) {
    // After the 3rd-person possessive (министрлігі, конференциясы) an -н- is inserted.
    switch (c) {
      case 'gen': return pair(f, 'ның', 'нің');
      case 'dat': return pair(f, 'на', 'не');
      case 'loc': return pair(f, 'нда', 'нде');
      case 'acc': return 'н';
      case 'ins': return 'мен';
      case 'abl': return pair(f, 'нан', 'нен');
      case 'nom': return '';
    }
  }
  switch (c) {
    case 'nom': return '';
    case 'gen': return v || nasal ? pair(f, 'ның', 'нің') : voiceless ? pair(f, 'тың', 'тің') : pair(f, 'дың', 'дің');
    case 'dat': return voiceless ? pair(f, 'қа', 'ке') : pair(f, 'ға', 'ге');
    case 'loc': return voiceless ? pair(f, 'та', 'те') : pair(f, 'да', 'де');
    case 'acc': return v ? pair(f, 'ны', 'ні') : voiceless ? pair(f, 'ты', 'ті') : pair(f, 'ды', 'ді');
    case 'ins': return voiceless ? 'пен' : s.last === 'ж' || s.last === 'з' ? 'бен' : 'мен';
    case 'abl': return nasal ? pair(f, 'нан', 'нен') : voiceless ? pair(f, 'тан', 'тен') : pair(f, 'дан', 'ден');
  }
}

/**
 * A noun phrase in the given case: the ending goes on the last word; abbreviations and Latin names take
 * it after a hyphen (АҚШ-тың, USGS-тің). `possessive` marks phrases ending in a 3rd-person possessive.
 */
const UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/** How the end of a number is read, which decides its ending: 3-те (үш), 10-да (он), 100-де (жүз). */
function spokenEnd(digits: string): string {
  const n = Number(digits);
  if (n === 0) return 'нөл';
  if (n % 1000 === 0) return 'мың';
  if (n % 100 === 0) return 'жүз';
  if (n % 10 === 0) return TENS[(n / 10) % 10] ?? 'он';
  return UNITS[n % 10] ?? 'бір';
}

export function inflect(phrase: string, c: KazakhCase, possessive = false): string {
  if (c === 'nom') return phrase;
  const lastWord = phrase.slice(phrase.lastIndexOf(' ') + 1);
  if (/^\d+$/.test(lastWord)) {
    const spoken = spokenEnd(lastWord);
    return `${phrase}-${inflect(spoken, c).slice(spoken.length)}`;
  }
  const abbreviation = lastWord.length > 1 && lastWord === lastWord.toUpperCase() && /\p{L}/u.test(lastWord);
  const latin = /[A-Za-z]$/.test(lastWord);
  const s = soundOf(lastWord);
  if (SONORANT.has(s.last) && c === 'gen') return `${phrase}${pair(s.front, 'дың', 'дің')}`;
  const end = ending(c, s, possessive);
  return abbreviation || latin ? `${phrase}-${end}` : `${phrase}${end}`;
}

/** Kazakh letters Russian spelling lacks → their Russian counterparts (Көшербаев → Кошербаев). */
const TO_RUSSIAN: Readonly<Record<string, string>> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

export function russianSpelling(kk: string): string {
  return kk.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g, (ch) => {
    const lower = ch.toLowerCase();
    const mapped = TO_RUSSIAN[lower] ?? lower;
    return ch === lower ? mapped : mapped.toUpperCase();
  });
}

const TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Cyrillic → the Latin spelling English-language news uses (Көшербаев → Kosherbaev). */
export function latinSpelling(cyrillic: string): string {
  let out = '';
  // Word-initial Е is read "ye" (Ермек → Yermek, Ерлан → Yerlan).
  cyrillic = cyrillic.replace(/(^|[\s-])Е/g, '$1Йе').replace(/(^|[\s-])е/g, '$1йе');
  for (const ch of cyrillic) {
    const lower = ch.toLowerCase();
    const mapped = TO_LATIN[lower];
    if (mapped === undefined) out += ch;
    else if (ch === lower) out += mapped;
    else out += mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  // "-ев" at the end of a surname is written -yev after a vowel (Kosherbayev), as in the seed.
  return out.replace(/([aeiou])ev\b/g, '$1yev');
}
