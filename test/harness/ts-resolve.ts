/**
 * Lets Node (which runs TypeScript by stripping types) load the extension's own modules
 * from scripts: they import each other without file extensions, as bundlers allow.
 * Registered with `node --import ./test/harness/ts-register.ts`.
 */
type Next = (specifier: string, context: unknown) => Promise<{ url: string }>;

export async function resolve(specifier: string, context: unknown, next: Next): Promise<{ url: string }> {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!specifier.startsWith('.')) throw error;
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return await next(candidate, context);
      } catch {
        // try the next one
      }
    }
    throw error;
  }
}
