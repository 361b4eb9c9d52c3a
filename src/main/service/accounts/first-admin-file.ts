import fs from 'node:fs';
import { FirstAdminFile } from '../../../shared/api/accounts';

/**
 * Reads the set-up file IT prepares for a silent install. A file that cannot be read or does not fit
 * the shape stops the start with a message naming the field, never the secret.
 */
export function readFirstAdminFile(file: string): FirstAdminFile['firstAdmin'] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${file}: not a readable JSON file (${(error as NodeJS.ErrnoException).code ?? 'invalid JSON'})`);
  }
  const parsed = FirstAdminFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'} is not valid (${issue.code})`);
  }
  return parsed.data.firstAdmin;
}
