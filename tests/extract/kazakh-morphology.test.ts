import { describe, expect, it } from 'vitest';
import { analyzeKazakh, type Case } from '../../src/extract/kazakh-morphology';

// word, a stem the analysis must offer, the case of that reading
const TABLE: [string, string, Case][] = [
  ['қазақстанның', 'қазақстан', 'gen'],
  ['вашингтонға', 'вашингтон', 'dat'],
  ['вашингтонда', 'вашингтон', 'loc'],
  ['елден', 'ел', 'abl'],
  ['меморандумды', 'меморандум', 'acc'],
  ['трамппен', 'трамп', 'ins'],
  ['ақш-тың', 'ақш', 'gen'],
  ['ақш-пен', 'ақш', 'ins'],
  ['ақш-қа', 'ақш', 'dat'],
  ['ақш-тағы', 'ақш', 'locattr'],
  ['департаментінде', 'департамент', 'loc'],
  ['конференциясына', 'конференция', 'dat'],
  ['фиданмен', 'фидан', 'ins'],
  ['рубионың', 'рубио', 'gen'],
  ['тоқаевтың', 'тоқаев', 'gen'],
  ['ташкентке', 'ташкент', 'dat'],
  ['ташкенттегі', 'ташкент', 'locattr'],
  ['қазақстаннан', 'қазақстан', 'abl'],
  ['гитцельді', 'гитцель', 'acc'],
  ['шақыруымен', 'шақыру', 'ins'],
  ['басшысын', 'басшы', 'acc'],
  ['кездесуіне', 'кездесу', 'dat'],
  ['министрлер', 'министр', 'nom'],
  ['басшыларының', 'басшы', 'gen'],
  ['республикасының', 'республика', 'gen'],
  ['50-ден', '50', 'abl'],
  ['ii-нің', 'ii', 'gen'],
];

describe('analyzeKazakh', () => {
  it.each(TABLE)('%s → %s (%s)', (word, stem, c) => {
    const readings = analyzeKazakh(word);
    expect(readings.some((r) => r.stem === stem && r.case === c)).toBe(true);
  });

  it('always offers the word itself as a nominative reading first', () => {
    expect(analyzeKazakh('қазақстан')[0]).toMatchObject({ stem: 'қазақстан', case: 'nom' });
  });

  it('keeps the possessive in the case stem: a label is «конференциясы», the stem «конференция»', () => {
    const r = analyzeKazakh('конференциясына').find((x) => x.case === 'dat' && x.stem === 'конференция');
    expect(r?.caseStem).toBe('конференциясы');
    expect(r?.poss).toBe(true);
  });

  it('does not take -тан for an ablative after a sonorant (Сұлтан is a name)', () => {
    expect(analyzeKazakh('сұлтан').some((r) => r.case === 'abl')).toBe(false);
  });
});
