import { allowedOriginsSetting } from '../config.js';

/**
 * Origin policy (spec: a present, invalid Origin MUST get 403). Non-browser clients send no Origin and are allowed;
 * a browser page is allowed only from a configured origin, or from loopback when nothing is configured.
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
  const list = configuredOrigins();
  if (list.length === 0) return LOOPBACK_ORIGIN.test(origin);
  if (list.includes('*')) return origin !== 'null';
  return list.includes(origin.toLowerCase());
}
