import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/main/service/dossiers/dossier-rows';

// The folded name a search typed without accents is matched against (mutation run 35).

describe('a name as the search matches it', () => {
  it('folds accents and đ, and keeps single spaces between words and none around them', () => {
    expect(foldName('  Nguyễn\tThị   Đào \n')).toBe('nguyen thi dao');
    expect(foldName('Hoàng  Đức')).toBe('hoang duc');
  });
});
