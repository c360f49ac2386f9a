import path from "node:path";

import type { NextConfig } from "next";

import { loadRootEnv } from "./src/lib/load-root-env";

// Both services read the repository's `.env`; variables already set in the environment win.
loadRootEnv(import.meta.dirname);

const DEFAULT_API_URL = "http://localhost:8000";
const apiUrl = (process.env.API_URL || DEFAULT_API_URL).replace(/\/+$/, "");

const nextConfig: NextConfig = {
  // Several builds of this one checkout can coexist (e.g. a dev's trial build next to the e2e run).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only native/DB packages: load them from node_modules at run time, never bundle them.
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  turbopack: { root: path.resolve(import.meta.dirname) },
  rewrites() {
    // The browser talks to one origin; Next.js forwards /api/v1/* to FastAPI (DESIGN §4). Files
    // keep the paths the API gives them (`url`, `thumbnail_url`, `/files/{id}`), so they are
    // forwarded as they are and work in <img> and download links with the cookie (DESIGN §12).
    return Promise.resolve([
      { source: "/api/v1/:path*", destination: `${apiUrl}/:path*` },
      { source: "/files/:path*", destination: `${apiUrl}/files/:path*` },
    ]);
  },
};

export default nextConfig;
