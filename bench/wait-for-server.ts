/** Waits until a server started by a bench (vite preview) answers on this address, for at most 20 s. */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${url} within 20 s`);
}
