// 100,000 generated gigs for the search benchmark, loaded with set-based SQL (generate_series), not row by row.
//
// Titles and descriptions are assembled from word lists, so full-text search meets a realistic vocabulary:
// a few hundred distinct words, some in most gigs, some in very few. Two words are planted with a known
// frequency for the benchmark's text classes:
// - COMMON_WORD ("quality") in about 85% of descriptions: a search that matches most of the table;
// - RARE_WORD ("haskell") in about 0.05% (≈ 50 gigs): a selective search.
// Neither appears anywhere else in the lists.
// Real titles and descriptions also carry a long tail of rare words (product names, niche tools). PostgreSQL's
// estimate for a word it has no statistics on follows from that tail, so the data has one: 4,096 made-up words
// with a Zipf-like (log-uniform) frequency, in most titles and every description.
import type pg from "pg";

export const COMMON_WORD = "quality";
export const RARE_WORD = "haskell";

const sqlArray = (words: string[]): string =>
  `ARRAY[${words.map((word) => `'${word.replace(/'/g, "''")}'`).join(",")}]`;

const VERBS = [
  "build",
  "design",
  "develop",
  "create",
  "fix",
  "optimize",
  "migrate",
  "integrate",
  "write",
  "audit",
  "automate",
  "deploy",
  "refactor",
  "test",
  "document",
  "animate",
  "illustrate",
  "translate",
  "configure",
  "scale",
];
const ADJECTIVES = [
  "fast",
  "secure",
  "scalable",
  "responsive",
  "accessible",
  "modern",
  "clean",
  "reliable",
  "elegant",
  "minimal",
  "robust",
  "lightweight",
  "beautiful",
  "maintainable",
  "typed",
  "mobile-first",
];
const OBJECTS = [
  "website",
  "landing page",
  "mobile app",
  "REST API",
  "dashboard",
  "logo",
  "brand identity",
  "database schema",
  "data pipeline",
  "chatbot",
  "browser extension",
  "online store",
  "design system",
  "CI pipeline",
  "cloud setup",
  "payment integration",
  "search feature",
  "admin panel",
  "email template",
  "pitch deck",
  "web scraper",
  "GraphQL API",
  "analytics report",
  "UI kit",
  "marketing site",
];
const TECHS = [
  "React",
  "Next.js",
  "Vue",
  "Angular",
  "Svelte",
  "Django",
  "FastAPI",
  "Flask",
  "Rails",
  "Laravel",
  "Spring Boot",
  "Go",
  "Rust",
  "Node.js",
  "PostgreSQL",
  "MongoDB",
  "Redis",
  "AWS",
  "GCP",
  "Azure",
  "Docker",
  "Kubernetes",
  "Terraform",
  "Figma",
  "Tailwind",
  "WordPress",
  "Shopify",
  "Flutter",
  "Swift",
  "Kotlin",
  "TypeScript",
  "Python",
  "Elixir",
  "Supabase",
  "Firebase",
  "Stripe",
  "Webflow",
  "Illustrator",
  "Blender",
  "Unity",
];
const SENTENCES = [
  "You get the full source code and a short handover call.",
  "Includes two rounds of revisions and clear documentation.",
  "I have shipped similar projects for startups and agencies.",
  "Tell me about your goals and I will propose a plan within a day.",
  "Every change is tested and explained in plain language.",
  "Performance, accessibility and security are part of the job, not extras.",
  "Need something custom? Message me before ordering.",
  "I work in small steps and show progress every day.",
  "Deployment to your hosting is included.",
  "Fluent in English, Spanish and French.",
  "Source files are delivered in every format you need.",
  "Ongoing maintenance is available after delivery.",
];
const FIRST_NAMES = [
  "Ada",
  "Lin",
  "Omar",
  "Grace",
  "Sam",
  "Priya",
  "Mateo",
  "Yuki",
  "Amara",
  "Lars",
  "Sofia",
  "Kwame",
  "Elena",
  "Ravi",
  "Chloe",
  "Tariq",
  "Ingrid",
  "Diego",
  "Mei",
  "Jonas",
  "Fatima",
  "Noah",
  "Zara",
  "Ivan",
];
const LAST_NAMES = [
  "Okafor",
  "Chen",
  "Haddad",
  "Mensah",
  "Rivera",
  "Patel",
  "Silva",
  "Tanaka",
  "Nwosu",
  "Berg",
  "Rossi",
  "Asante",
  "Petrova",
  "Kumar",
  "Martin",
  "Aziz",
  "Larsen",
  "Gomez",
  "Wang",
  "Schmidt",
  "Khan",
  "Kim",
];

// No syllable starts with "h" or "q", so no made-up word can match the planted words (or their prefixes).
const SYLLABLES = [
  "ka",
  "zo",
  "ri",
  "mu",
  "tel",
  "vex",
  "dra",
  "lo",
  "pi",
  "sun",
  "nor",
  "bel",
  "tak",
  "mi",
  "gor",
  "fen",
];
const RARE_WORDS = SYLLABLES.length ** 3;
/** A log-uniform draw from 0 … RARE_WORDS - 1: word 0 is very common, word 4,000 very rare. */
const rareWordNumber = `floor(exp(random() * ln(${RARE_WORDS})))::int - 1`;
/** The made-up word numbered by the SQL expression `n`: three syllables, capitalised. */
function rareWord(n: string): string {
  const syllables = sqlArray(SYLLABLES);
  const size = SYLLABLES.length;
  return `initcap((${syllables})[1 + ${n} % ${size}] || (${syllables})[1 + (${n} / ${size}) % ${size}] || (${syllables})[1 + ${n} / ${size * size}])`;
}

/** pick(array, n) = array[1 + n mod length], with n drawn per row. */
// The leaf categories of migration 0011 (GET /categories), each gig in one of them.
export const LEAF_CATEGORIES = [
  "web-apps",
  "backend-apis",
  "mobile-apps",
  "devops-cloud",
  "data-ml",
  "qa-testing",
  "ui-ux",
  "logo-brand",
  "illustration",
  "web-design",
];

const pick = (array: string, draw = "random()"): string =>
  `(${array})[1 + floor(${draw} * cardinality(${array}))::int]`;

export async function loadGigs(client: pg.Client, counts: { gigs: number; freelancers: number }): Promise<void> {
  // The migrations set a 10 s statement timeout on the database; a bulk load legitimately takes longer.
  await client.query("SET statement_timeout = 0");
  await client.query("SELECT setseed(0.4242)"); // the same data on every run
  await client.query(
    `CREATE TEMP TABLE bench_freelancers AS
       SELECT n, gen_random_uuid() AS id FROM generate_series(1, $1::int) AS n`,
    [counts.freelancers],
  );
  // About 1% of freelancers are banned: their gigs leave the public list, as in production.
  await client.query(
    `INSERT INTO users (id, email, full_name, bio, is_banned, created_at, updated_at)
     SELECT id, 'bench-freelancer-' || n || '@bench.devmarket.test',
            ${pick(sqlArray(FIRST_NAMES))} || ' ' || ${pick(sqlArray(LAST_NAMES))},
            'Freelancer number ' || n || '.', n % 100 = 0,
            now() - random() * interval '1000 days', now()
     FROM bench_freelancers`,
  );
  await client.query(
    `WITH generated AS MATERIALIZED (
       SELECT 1 + floor(random() * $2::int)::int AS freelancer_n,
              ${pick(sqlArray(VERBS))} AS verb, ${pick(sqlArray(ADJECTIVES))} AS adjective,
              ${pick(sqlArray(OBJECTS))} AS object, ${pick(sqlArray(TECHS))} AS tech,
              ${pick(sqlArray(TECHS))} AS tech2, ${pick(sqlArray(SENTENCES))} AS sentence1,
              ${pick(sqlArray(SENTENCES))} AS sentence2,
              ${rareWordNumber} AS rare1, ${rareWordNumber} AS rare2, ${rareWordNumber} AS rare3,
              random() < 0.6 AS niche_title,
              random() < 0.85 AS has_common, random() < 0.0005 AS has_rare, random() AS rated,
              -- log-uniform prices from $5 to $5,000, whole dollars: most gigs are cheap, a few are not
              round(exp(ln(5) + random() * (ln(5000) - ln(5))))::numeric(12, 2) AS price,
              1 + floor(power(random(), 2) * 30)::int AS delivery_days,
              now() - random() * interval '730 days' AS created_at,
              random() < 0.95 AS is_active,
              ${pick(sqlArray(LEAF_CATEGORIES))} AS category
       FROM generate_series(1, $1::int)
     )
     INSERT INTO gigs (freelancer_id, title, description, price, delivery_days, is_active,
                       rating_avg, rating_count, created_at, updated_at, category, tags)
     SELECT f.id,
            'I will ' || verb || ' a ' || adjective || ' ' || object || ' with ' || tech
              || CASE WHEN niche_title THEN ' for ' || ${rareWord("rare1")} || ' teams' ELSE '' END,
            'A ' || adjective || ' ' || object || ' built with ' || tech || ' and ' || tech2 || '. '
              || sentence1 || ' ' || sentence2
              || ' Experience with ' || ${rareWord("rare2")} || ' and ' || ${rareWord("rare3")} || '.'
              || CASE WHEN has_common THEN ' ${COMMON_WORD[0]!.toUpperCase()}${COMMON_WORD.slice(1)} checked before every delivery.' ELSE '' END
              || CASE WHEN has_rare THEN ' A ${RARE_WORD[0]!.toUpperCase()}${RARE_WORD.slice(1)} prototype on request.' ELSE '' END,
            price, delivery_days, is_active,
            CASE WHEN rated < 0.6 THEN round((3 + rated / 0.6 * 2)::numeric, 2) ELSE 0 END,
            CASE WHEN rated < 0.6 THEN 1 + floor(rated * 300)::int ELSE 0 END,
            created_at, created_at, category,
            -- The two technologies as skills, normalised as the API does ("Next.js" → "next.js").
            ARRAY(SELECT DISTINCT lower(replace(t, ' ', '-')) FROM unnest(ARRAY[tech, tech2]) AS t)
     FROM generated JOIN bench_freelancers f ON f.n = generated.freelancer_n`,
    [counts.gigs, counts.freelancers],
  );
  // Statistics as autovacuum would have them after such a load: the planner reads the title dictionary (filled by
  // the trigger on gigs) by its trigram index only once it knows the table's size.
  await client.query("ANALYZE users");
  await client.query("ANALYZE gigs");
  await client.query("ANALYZE gig_title_words");
}
