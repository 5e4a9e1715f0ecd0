/**
 * Imported first by handler.ts, before anything loads zod. zod 4 compiles a specialised parser (with `new Function`)
 * the first time each object schema parses something; that pays off over many parses of one schema, but a Lambda
 * cold start parses each request schema once, so the compilation is pure cold-start cost (~3 ms measured on the
 * initialize path). zod reads this global when it loads.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
