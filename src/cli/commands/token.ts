import { openStore } from "../../store/openStore.ts";

/** `marsad token create`: a new API write token, kept hashed in the store; printed once. */
export async function tokenCreateCommand(options: { db?: string; name?: string }): Promise<void> {
  const store = openStore(options.db);
  try {
    const token = await store.createToken(options.name ?? "cli");
    process.stdout.write(`${token}\n`);
    process.stderr.write("keep it: only its hash is stored. Use it as 'Authorization: Bearer <token>'.\n");
  } finally {
    await store.close();
  }
}
