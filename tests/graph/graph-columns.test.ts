import { describe, expect, it } from 'vitest';
import { allStrings, stringAt, toStringColumn } from '../../src/graph/graph-columns';

describe('string columns', () => {
  const values = ['kazakhstan', '', 'Қазақстан', 'Казахстан', 'emoji 🇰🇿 flag', 'ä', 'Ермек Көшербаевтың|Көшербаев'];

  it('give back every string, one by one or all at once, in any script', () => {
    const column = toStringColumn(values.length, (i) => values[i] as string);
    expect(values.map((_, i) => stringAt(column, i))).toEqual(values);
    expect(allStrings(column)).toEqual(values);
    expect(allStrings(toStringColumn(3, (i) => ['a', 'bc', ''][i] as string))).toEqual(['a', 'bc', '']);
    expect(stringAt(column, -1)).toBe('');
    expect(stringAt(column, values.length)).toBe('');
  });

  it('decode bytes that are not UTF-8 as the one-by-one reader does, with U+FFFD', () => {
    const column = toStringColumn(values.length, (i) => values[i] as string);
    const bytes = column.bytes.slice();
    // a lone continuation byte inside "Қазақстан", and a 4-byte lead before ASCII in the emoji string
    bytes[(column.offsets[2] as number) + 2] = 0x80;
    bytes[(column.offsets[4] as number) + 1] = 0xf0;
    const broken = { offsets: column.offsets, bytes };
    const all = allStrings(broken);
    expect(all).toEqual(values.map((_, i) => stringAt(broken, i)));
    expect(all[2]).toContain('\ufffd');
    expect(all[3]).toBe('Казахстан');
  });
});
