/**
 * Best-effort single use of authorization codes. A stateless server cannot promise that a code is redeemed once
 * across containers (docs/oauth.md "What stateless cannot promise"); within one warm container it can, and that is
 * where a replay right after the legitimate redemption usually lands. Entries live as long as a code does.
 */
const redeemed = new Map<string, number>();
const MAX_ENTRIES = 10_000;

/** True the first time a code id is seen (until it expires); false for a replay. */
export function redeemOnce(codeId: string, expiresAtMs: number): boolean {
  const now = Date.now();
  if (redeemed.size >= MAX_ENTRIES) {
    for (const [id, expires] of redeemed) if (expires <= now) redeemed.delete(id);
    if (redeemed.size >= MAX_ENTRIES) redeemed.delete(redeemed.keys().next().value!);
  }
  const seen = redeemed.get(codeId);
  if (seen !== undefined && seen > now) return false;
  redeemed.set(codeId, expiresAtMs);
  return true;
}
