import { allowedOriginsSetting, isLocalEmulator } from '../config.js';

/**
 * Origin policy (spec: a present, invalid Origin MUST get 403). Non-browser clients send no Origin and are allowed;
 * a browser page is allowed only from a configured origin. With nothing configured no browser origin is allowed,
 * except loopback ones in the local emulator (config.ts isLocalEmulator). The opaque origin `null` (any casing:
 * sandboxed frames, file: pages) is never allowed, not even by `*`.
 */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

let cachedSetting: string | undefined;
let cachedList: string[] = [];

function configuredOrigins(): string[] {
  const setting = allowedOriginsSetting();
  if (setting !== cachedSetting) {
    cachedSetting = setting;
    cachedList = setting
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, '').toLowerCase())
      .filter(Boolean);
  }
  return cachedList;
}

export function isOriginAllowed(origin: string | undefined): boolean {
  if (origin === undefined) return true;
  const normalised = origin.trim().toLowerCase();
  if (normalised === 'null') return false;
  const list = configuredOrigins();
  if (list.length === 0) return isLocalEmulator() && LOOPBACK_ORIGIN.test(origin);
  if (list.includes('*')) return true;
  return list.includes(normalised);
}
