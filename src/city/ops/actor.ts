// Who made a ward change, read from the mutation's `actor` (docs/sync-protocol.md, "Actor"):
// `local` (the ward PC itself) or `device:<uuid>` (a LAN-paired device), then `;clerk:<uuid>` when a
// clerk was signed in. The actor is ward input that only passed the wire's length check, so this never
// throws: anything it cannot read whole gives no device and no clerk, rather than a half-trusted guess.

export interface Actor {
  /** The ward's LAN-paired device (not the city's enrolled PC); null for the ward PC itself. */
  readonly deviceId: string | null;
  /** The clerk signed in when the change was made; null when none was. */
  readonly clerkId: string | null;
}

const NOBODY: Actor = { deviceId: null, clerkId: null };

// Lower case only, as every uuid on the wire: ids are compared as text with the city's uuid columns.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ACTOR = new RegExp(`^(?:local|device:(${UUID}))(?:;clerk:(${UUID}))?$`);

export function parseActor(actor: unknown): Actor {
  if (typeof actor !== 'string') return NOBODY;
  const match = ACTOR.exec(actor);
  if (!match) return NOBODY;
  return { deviceId: match[1] ?? null, clerkId: match[2] ?? null };
}
