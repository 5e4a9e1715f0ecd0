import { describe, expect, it } from 'vitest';
import { closestByWords, matchName, rankByName } from '../../src/tools/names/match-names.js';
import { normaliseName, wordsOf } from '../../src/tools/names/normalise.js';

interface Named {
  id: number;
  name: string;
  alias?: string;
}
const namesOf = (item: Named) => [item.name, item.alias];
const ids = (items: Named[]) => items.map((item) => item.id);

const desks: Named[] = [
  { id: 1, name: 'suporte', alias: 'Suporte' },
  { id: 2, name: 'suporte-n2', alias: 'Suporte N2' },
  { id: 3, name: 'suporte-tecnico', alias: 'Suporte Técnico' },
  { id: 4, name: 'sup-externo', alias: 'Suporte Técnico Externo' },
  { id: 5, name: 'financeiro', alias: 'Financeiro' },
  { id: 6, name: 'dev', alias: 'Dev - Cansados' },
];

describe('normaliseName', () => {
  it('trims, collapses spaces, lowercases and strips accents', () => {
    expect(normaliseName('  Suporte   TÉCNICO  ')).toBe('suporte tecnico');
    expect(normaliseName('Élida Conceição')).toBe('elida conceicao');
    expect(normaliseName('São\tJoão\n')).toBe('sao joao');
  });

  it('splits words on spaces and separator punctuation', () => {
    expect(wordsOf('dev - cansados')).toEqual(['dev', 'cansados']);
    expect(wordsOf('infra/redes_nivel-2')).toEqual(['infra', 'redes', 'nivel', '2']);
  });
});

describe('matchName: the best non-empty tier decides', () => {
  it('exact beats prefix: "Suporte" is desk 1 although three more start with it', () => {
    expect(matchName('suporte', desks, namesOf)).toEqual({ kind: 'one', item: desks[0], tier: 'exact' });
  });

  it('is accent- and case-insensitive on either side', () => {
    expect(matchName('SUPORTE TECNICO', desks, namesOf)).toMatchObject({ kind: 'one', tier: 'exact', item: { id: 3 } });
    expect(matchName('suporte técnico', desks, namesOf)).toMatchObject({ kind: 'one', item: { id: 3 } });
  });

  it('a unique prefix match resolves', () => {
    expect(matchName('Fin', desks, namesOf)).toMatchObject({ kind: 'one', tier: 'prefix', item: { id: 5 } });
  });

  it('several prefix matches are ambiguous, listed alphabetically', () => {
    const match = matchName('sup', desks, namesOf);
    expect(match.kind).toBe('several');
    if (match.kind === 'several') {
      expect(match.tier).toBe('prefix');
      expect(ids(match.items)).toEqual([4, 1, 2, 3]);
    }
  });

  it('word-prefix: every query word starts a word of the name, in any order', () => {
    expect(matchName('tec externo', desks, namesOf)).toMatchObject({ kind: 'one', tier: 'word-prefix', item: { id: 4 } });
    expect(matchName('cansados dev', desks, namesOf)).toMatchObject({ kind: 'one', tier: 'word-prefix', item: { id: 6 } });
  });

  it('contains is the last tier', () => {
    const items: Named[] = [{ id: 1, name: 'Manutenção preventiva' }, { id: 2, name: 'Outros' }];
    expect(matchName('tenção', items, namesOf)).toMatchObject({ kind: 'one', tier: 'contains', item: { id: 1 } });
  });

  it('a candidate takes the best tier of its names (name or display name)', () => {
    expect(matchName('dev - cansados', desks, namesOf)).toMatchObject({ kind: 'one', tier: 'exact', item: { id: 6 } });
  });

  it('two records with the same name are ambiguous even at the exact tier', () => {
    const twins: Named[] = [{ id: 7, name: 'Outros' }, { id: 8, name: 'outros' }];
    expect(matchName('Outros', twins, namesOf)).toMatchObject({ kind: 'several', tier: 'exact' });
  });

  it('none: offers the names sharing the most words, best first', () => {
    const match = matchName('Suporte Técnico Interno', desks, namesOf);
    expect(match.kind).toBe('none');
    if (match.kind === 'none') expect(ids(match.closest).slice(0, 2).sort()).toEqual([3, 4]);
  });

  it('none with nothing in common offers nothing', () => {
    expect(matchName('zzz', desks, namesOf)).toEqual({ kind: 'none', closest: [] });
  });

  it('a blank query matches nothing', () => {
    expect(rankByName('   ', desks, namesOf)).toEqual([]);
  });
});

describe('rankByName (search tools)', () => {
  it('returns every match, best tier first, then alphabetically', () => {
    const ranked = rankByName('suporte', desks, namesOf);
    expect(ranked.map((match) => [match.item.id, match.tier])).toEqual([
      [1, 'exact'],
      [4, 'prefix'], // sup-externo
      [2, 'prefix'], // suporte-n2
      [3, 'prefix'], // suporte-tecnico
    ]);
  });
});

describe('closestByWords', () => {
  it('keeps at most `max`, counting words that equal or extend each other (3+ letters)', () => {
    const many: Named[] = Array.from({ length: 8 }, (_, i) => ({ id: i, name: `Padaria ${i}` }));
    expect(closestByWords('padarias centro', many, namesOf, 5)).toHaveLength(5);
    expect(closestByWords('pa', many, namesOf)).toEqual([]);
  });
});
