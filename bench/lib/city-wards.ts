import { createEnrolCode, createWard } from '../../src/city/admin';
import { openCityDb } from '../../src/city/db/open';

/**
 * `count` new wards at the city, each with a one-time enrolment code for slot 0, written straight into
 * the city's database as `npm run city -- admin` does. Ward codes are unique per call (time-stamped).
 */
export async function newWardCodes(databaseUrl: string, count: number): Promise<string[]> {
  const db = await openCityDb({ databaseUrl }, { poolSize: 2 });
  const codes: string[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const ward = `B${String(i).padStart(5, '0')}${Date.now().toString(36).toUpperCase()}`;
      await createWard(db, ward, `Phường ${i}`);
      codes.push((await createEnrolCode(db, ward, 0, new Date())).code);
    }
  } finally {
    await db.close();
  }
  return codes;
}
