/** The emulator under concurrent clients (issue 6). Filled in with the hardening work. */
export async function runLoadBench(): Promise<void> {}
