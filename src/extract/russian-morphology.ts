// Russian (and English) ending-stripping, light enough for names: Казахстана → казахстан,
// Нурлана Сейтова → нурлан сейтов, Соединёнными Штатами → соединенн штат.

// Longest first. Adjective, noun and surname endings of the six cases.
const RU_ENDINGS = [
  'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ым', 'им', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'ами', 'ями',
  'ые', 'ие', 'ий', 'ый', 'ая', 'яя', 'ую', 'юю', 'ов', 'ев', 'ы', 'и', 'а', 'я', 'у', 'ю', 'е', 'о', 'ь',
].sort((a, b) => b.length - a.length);

const VOWEL = /[аеиоуыэюяё]/;

/** Stems a Russian word may have, the word itself first. Stems keep at least three letters and a vowel. */
export function russianStems(word: string): string[] {
  const out = [word];
  for (const e of RU_ENDINGS) {
    if (!word.endsWith(e)) continue;
    const stem = word.slice(0, -e.length);
    if (stem.length >= 3 && VOWEL.test(stem) && !out.includes(stem)) out.push(stem);
  }
  // surnames: Токаева/Токаеву/Токаевым → токаев; Жумабековой → жумабеков
  const surname = /^(.+(?:ов|ев|ин))(?:а|у|ым|ом|е)$/.exec(word);
  if (surname?.[1] && !out.includes(surname[1])) out.push(surname[1]);
  return out;
}

/** The stem a word matches on when only one is wanted (the longest ending that leaves a stem). */
export function russianStem(word: string): string {
  const all = russianStems(word);
  return all[1] ?? all[0]!;
}

/** English: Kazakhstan's → kazakhstan, Presidents → president. */
export function englishStems(word: string): string[] {
  const out = [word];
  const poss = /^(.+)['’]s?$/.exec(word);
  if (poss?.[1]) out.push(poss[1]);
  const base = poss?.[1] ?? word;
  if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss')) out.push(base.slice(0, -1));
  return out;
}

export type RussianCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc';

/** A guess at the case of a Russian noun-phrase head by its ending; used for argument roles only. */
export function russianCase(word: string): RussianCase {
  if (/(?:ом|ем|ой|ей|ами|ями|ым|им)$/.test(word)) return 'ins';
  if (/(?:ого|его|ов|ев)$/.test(word)) return 'gen';
  if (/(?:ому|ему)$/.test(word)) return 'dat';
  if (/[^аеиоуыэюя](?:а|я|ы)$/.test(word) && !/(?:ая|яя)$/.test(word)) return 'gen';
  return 'nom';
}
