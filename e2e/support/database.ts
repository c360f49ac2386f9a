// Direct reads of the test database, for facts the UI cannot show (rows that must not exist).
import pg from "pg";

function databaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set; run the tests with `make test-e2e`");
  return url;
}

export async function queryRows<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function countRows(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await queryRows<{ count: string }>(sql, params);
  return Number(row?.count);
}
