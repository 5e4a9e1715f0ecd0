// What every sandbox family shares: the organisation (tenant) a record belongs to, its id, and the base TenantData.
// Each family adds its own record lists to TenantData (and its id counters to Sequences) by declaration merging in
// its records.ts (sandbox/families/family.ts). Records are normalised (ids, not nested objects) so that changes made
// through the API show up everywhere; the families' renderers turn them into TiFlux's JSON shapes.

export interface OrganisationRecord {
  id: number;
  name: string;
  /** Used to build realistic e-mail addresses and ticket URLs. */
  domain: string;
}

/** Next value of each generated id; families add theirs. */
export interface Sequences {}

/** Everything one organisation (one tenant) owns: the base, extended by every family. */
export interface TenantData {
  organisation: OrganisationRecord;
  sequences: Sequences;
}

export type TenantId = 'main' | 'other';

export interface ApiKeyRecord {
  tenant: TenantId;
  /** The user the key belongs to: every action is recorded as them (docs/tiflux-rest-api.md#base-url-and-authentication). */
  user_id: number;
}

export interface SandboxSeed {
  tenants: Record<TenantId, TenantData>;
  /** Raw key → owner. Admin rights come from the owner's `_type`. */
  keys: Record<string, ApiKeyRecord>;
}
