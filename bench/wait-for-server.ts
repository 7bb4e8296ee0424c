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

/**
 * Throws when something already answers on this address: a bench must measure the build it starts, not another
 * engineer's server on the same port (waitForServer would take that one for its own).
 */
export async function assertNothingListens(url: string): Promise<void> {
  const answered = await fetch(url).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`something already answers on ${url}: stop it or pick another port`);
}
