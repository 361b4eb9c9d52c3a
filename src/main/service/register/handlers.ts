import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { Caller } from '../caller';
import type { RegisterReads } from './reads';
import { registerFile } from './register-file';

export function registerHandlers(reads: RegisterReads) {
  return {
    listDossierRegister: (input: ParsedInput<'listDossierRegister'>, caller: Caller): MethodOutput<'listDossierRegister'> => ({
      rows: reads.printable(input, caller),
    }),
    exportDossierRegister: (
      input: ParsedInput<'exportDossierRegister'>,
      caller: Caller,
    ): Promise<MethodOutput<'exportDossierRegister'>> => {
      const rows = reads.rows(input, caller, 'exportDossierRegister', `register_${input.format}`);
      return registerFile(rows, input, input.format);
    },
  };
}
