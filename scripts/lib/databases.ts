// Databases of their own on a PostgreSQL server that a command was given (the test cluster, TEST_DATABASE_URL):
// for the parts of `make test` that run side by side, and for the benches.
import pg from "pg";

/** `url` pointing at database `name` on the same server, with the same credentials. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function asAdmin(serverUrl: string, work: (admin: pg.Client) => Promise<void>): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}

/** Drops database `name` (closing its connections) if it exists, creates it empty, and returns its URL. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  await asAdmin(serverUrl, async (admin) => {
    const database = admin.escapeIdentifier(name);
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  });
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await asAdmin(serverUrl, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  });
}
