import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, type CliIO } from '../../src/cli/cli-io';
import { runExtract } from '../../src/cli/extract-command';

const root = join(__dirname, '../..');

function io(cwd = root): CliIO & { out: string; err: string } {
  const o = { out: '', err: '', cwd, stdout: (s: string) => void (o.out += s), stderr: (s: string) => void (o.err += s) };
  return o;
}

describe('kg extract', () => {
  it('prints one JSON object a line in the shape the evaluation reads', async () => {
    const o = io();
    expect(await runExtract(['graph-data/articles/seed.txt'], o)).toBe(0);
    const lines = o.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['confidence', 'evidence', 'object', 'predicate', 'source', 'subject']);
      expect(line.source).toBe('seed');
      for (const side of [line.subject, line.object] as Record<string, unknown>[]) {
        expect(Object.keys(side).sort()).toEqual(['id', 'label', 'labels', 'mention', 'type']);
        expect(Object.keys(side.labels as object).sort()).toEqual(['en', 'kk', 'ru']);
      }
    }
    const invited = lines.find((l) => l.predicate === 'invited')!;
    expect(invited.subject).toMatchObject({ id: 'marco-rubio', label: 'Marco Rubio', type: 'person', mention: 'Марко Рубионың' });
  });

  it('prints the triples.csv columns with --format csv', async () => {
    const o = io();
    expect(await runExtract(['graph-data/articles/seed.txt', '--format', 'csv'], o)).toBe(0);
    const [head, first] = o.out.split('\n');
    expect(head).toBe('subject,predicate,object,date,source,evidence,place,counterpart,provenance,confidence');
    expect(first).toMatch(/,seed,/);
    expect(first).toMatch(/,extracted,0\.\d+$/);
  });

  it('exits 1 naming the file for an unreadable or empty article, and still prints the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const o = io();
    expect(await runExtract([join(dir, 'empty.txt'), join(dir, 'missing.txt'), join(root, 'graph-data/articles/seed.txt')], o)).toBe(1);
    expect(o.err).toMatch(/empty\.txt/);
    expect(o.err).toMatch(/missing\.txt/);
    expect(o.out).toMatch(/"source":"seed"/);
  });

  it('is a usage error (exit 2 in main) without files or with an unknown format', async () => {
    await expect(runExtract([], io())).rejects.toBeInstanceOf(UsageError);
    await expect(runExtract(['x.txt', '--format', 'xml'], io())).rejects.toBeInstanceOf(UsageError);
    await expect(runExtract(['x.txt', '--bogus'], io())).rejects.toBeInstanceOf(UsageError);
  });

  it('prints help', async () => {
    const o = io();
    expect(await runExtract(['--help'], o)).toBe(0);
    expect(o.out).toMatch(/Usage: kg extract FILE/);
  });

  it('exits 1 when --data names a folder without entities.csv', async () => {
    const o = io();
    expect(await runExtract(['graph-data/articles/seed.txt', '--data', tmpdir()], o)).toBe(1);
    expect(o.err).toMatch(/entities\.csv/);
  });
});
