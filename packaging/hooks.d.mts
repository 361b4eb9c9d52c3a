export const ELECTRON_NATIVE_MODULES: readonly string[];
export const FUSES: Readonly<Record<string, boolean>>;
export function nodeBuildBackup(projectDir: string, outDir: string): { binary: string; backup: string };
export function beforePack(context: unknown): Promise<void>;
export function afterPack(context: unknown): Promise<void>;
