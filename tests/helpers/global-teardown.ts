/** Stops the server global setup started (none when NEO4J_TEST_URI was given): no process is left behind. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__ENTENTE_TEST_NEO4J_STOP__?.();
}
