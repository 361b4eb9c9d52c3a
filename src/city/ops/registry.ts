import { clerkModule } from './clerk';
import { dossierModule } from './dossier';
import { dossierCodeModule } from './dossier-code';
import type { EntityModule } from './entity-module';
import { ticketModule } from './ticket';
import { wardRecordModules } from './ward-records';

// The server applies exactly the ops listed by these modules; any other op is parked, not lost.
const modules: readonly EntityModule[] = [ticketModule, dossierModule, dossierCodeModule, clerkModule, ...wardRecordModules];

const byOp = new Map<string, EntityModule>();
for (const module of modules) {
  for (const op of module.ops) {
    if (!op.startsWith(`${module.entity}.`)) throw new Error(`op ${op} does not belong to entity ${module.entity}`);
    if (byOp.has(op)) throw new Error(`op ${op} registered twice`);
    byOp.set(op, module);
  }
}

/** The module that applies `op` to `entity`, if this server knows it. */
export function moduleFor(entity: string, op: string): EntityModule | undefined {
  const module = byOp.get(op);
  return module?.entity === entity ? module : undefined;
}
