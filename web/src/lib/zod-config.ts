import { config } from "zod";

// Zod compiles object schemas with `new Function` when it may; it finds out by trying, and under our
// CSP (no 'unsafe-eval') that probe is reported as a violation even though Zod catches it. The
// interpreted path is what it would fall back to anyway. Every schema the browser runs imports this
// first, so it runs before any of them validates — and pages without a form load no Zod. Only
// `config` is imported: re-exporting Zod's `z` namespace would defeat tree shaking (all its locales).
config({ jitless: true });
