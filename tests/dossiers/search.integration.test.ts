import { describe, expect, it } from 'vitest';
import { startTestWardService } from '../support/test-ward-service';
import { intake } from './dossier-setup';

// Whatever the clerk types or pastes into the search box, the answer over HTTP is a list or a 4xx.

describe('dossier search over HTTP', () => {
  it('answers a 10,000-character query with a 400 and FTS5 syntax with plain results, never a 5xx', async () => {
    const service = await startTestWardService();
    try {
      const { client, token } = service;
      await client.ok('saveDossierCodeSettings', { unitCode: 'H26', slot: 0 }, token);
      const { dossier } = await client.ok('createDossier', intake(), token);

      for (const query of ['a'.repeat(10_000), 'dao '.repeat(2_500), 'Đ'.repeat(101)]) {
        const answer = await client.call('searchDossiers', { query }, token);
        expect(answer.status).toBe(400);
      }
      const longest = await client.call('searchDossiers', { query: 'n '.repeat(50).trim() }, token);
      expect(longest.status).toBe(200);
      for (const query of ['"', '*', 'NEAR(dao', '-dao', 'words:dao', '(dao))', 'dao"*', '^', "nguyen' OR 1=1 --"]) {
        const answer = await client.call('searchDossiers', { query }, token);
        expect(answer.status, query).toBe(200);
      }
      expect((await client.ok('searchDossiers', { query: '"dao"*' }, token)).dossiers.map((d) => d.id)).toEqual([dossier.id]);
    } finally {
      await service.close();
    }
  });
});
