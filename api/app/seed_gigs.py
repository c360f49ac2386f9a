"""The demo marketplace's gigs: (freelancer email, title, description, price, delivery days)."""

from decimal import Decimal

ADA, LIN, OMAR = "ada@devmarket.test", "lin@devmarket.test", "omar@devmarket.test"

DEMO_GIGS: tuple[tuple[str, str, str, Decimal, int], ...] = (
    (
        ADA,
        "I will build a production-ready FastAPI backend",
        "A typed FastAPI service with PostgreSQL, Alembic migrations, authentication, tests and "
        "OpenAPI docs, deployed to your cloud of choice. Includes a handover call.",
        Decimal("450.00"),
        10,
    ),
    (
        ADA,
        "I will fix bugs in your Python or Django project",
        "Send me the failing test or the stack trace. I find the root cause, fix it with a "
        "regression test, and explain what went wrong.",
        Decimal("60.00"),
        2,
    ),
    (
        ADA,
        "I will design your PostgreSQL schema and speed up slow queries",
        "Indexes, query plans, partitioning and constraints. I read your EXPLAIN output, rewrite "
        "the slow queries and leave you a short report.",
        Decimal("220.00"),
        5,
    ),
    (
        ADA,
        "I will write a REST API integration for Stripe or PayPal",
        "Webhooks, idempotency keys, retries and reconciliation done properly, with tests against "
        "the provider's sandbox.",
        Decimal("300.00"),
        7,
    ),
    (
        ADA,
        "I will set up CI/CD with GitHub Actions for your repository",
        "Lint, type checks, tests, preview deployments and release tagging. Fast pipelines with "
        "caching, documented in your README.",
        Decimal("150.00"),
        3,
    ),
    (
        ADA,
        "I will build a Next.js dashboard with charts and auth",
        "A responsive admin dashboard in Next.js and TypeScript with role-based access, tables, "
        "filters and charts wired to your API.",
        Decimal("520.00"),
        14,
    ),
    (
        ADA,
        "I will write web scrapers and data pipelines in Python",
        "Reliable scrapers with rate limiting, retries and clean CSV or database output, scheduled "
        "to run daily.",
        Decimal("120.00"),
        4,
    ),
    (
        ADA,
        "I will review your code and architecture",
        "A written review of your codebase: security issues, performance risks, testing gaps and a "
        "prioritised plan of fixes.",
        Decimal("180.00"),
        3,
    ),
    (
        ADA,
        "I will migrate your app from Flask to FastAPI",
        "Endpoint by endpoint migration with async database access, Pydantic schemas and full "
        "test coverage so nothing breaks for your users.",
        Decimal("650.00"),
        21,
    ),
    (
        ADA,
        "I will add full-text search to your PostgreSQL app",
        "Stored tsvector columns, GIN indexes, trigram typo tolerance and relevance ranking that "
        "answers in milliseconds.",
        Decimal("260.00"),
        6,
    ),
    (
        LIN,
        "I will design a modern minimalist logo for your brand",
        "Three original logo concepts, two rounds of revisions, and final files in SVG, PNG and PDF "
        "with a one-page brand guide.",
        Decimal("95.00"),
        3,
    ),
    (
        LIN,
        "I will design a complete brand identity",
        "Logo, colour palette, typography, business cards and social media templates, delivered as a "
        "brand book in Figma.",
        Decimal("480.00"),
        12,
    ),
    (
        LIN,
        "I will design your landing page in Figma",
        "A conversion-focused landing page design for desktop and mobile, with components ready for "
        "your developer.",
        Decimal("210.00"),
        5,
    ),
    (
        LIN,
        "I will build a Figma design system for your product",
        "Tokens, components with variants, auto layout and documentation so your team designs "
        "consistent screens faster.",
        Decimal("700.00"),
        20,
    ),
    (
        LIN,
        "I will design a mobile app UI for iOS and Android",
        "Up to twelve screens with user flows, a clickable prototype and an accessible colour "
        "palette.",
        Decimal("540.00"),
        14,
    ),
    (
        LIN,
        "I will redesign your website for better conversion",
        "A UX audit of your current site followed by a fresh design of the key pages, focused on "
        "clarity and calls to action.",
        Decimal("390.00"),
        10,
    ),
    (
        LIN,
        "I will create custom illustrations for your website",
        "Flat vector illustrations in a style that matches your brand: hero images, empty states "
        "and icons.",
        Decimal("140.00"),
        6,
    ),
    (
        LIN,
        "I will design social media graphics for a month",
        "Thirty on-brand post designs for Instagram and LinkedIn with editable Canva or Figma "
        "templates.",
        Decimal("160.00"),
        7,
    ),
    (
        LIN,
        "I will design a pitch deck that investors remember",
        "Up to fifteen slides with clear storytelling, charts and a consistent visual style, "
        "delivered in Keynote, PowerPoint and PDF.",
        Decimal("250.00"),
        5,
    ),
    (
        LIN,
        "I will design an app icon and store screenshots",
        "A distinctive app icon in every required size plus App Store and Google Play screenshots.",
        Decimal("85.00"),
        3,
    ),
    (
        OMAR,
        "I will build a React Native app from your designs",
        "A cross-platform mobile app in React Native and TypeScript with navigation, offline "
        "storage and push notifications.",
        Decimal("900.00"),
        30,
    ),
    (
        OMAR,
        "I will develop a Shopify store with a custom theme",
        "A fast Shopify store with a custom Liquid theme, product import and payment setup, ready "
        "to sell.",
        Decimal("420.00"),
        10,
    ),
    (
        OMAR,
        "I will build a WordPress website that loads fast",
        "A lightweight WordPress site with a custom theme, SEO basics and caching, scoring well on "
        "Core Web Vitals.",
        Decimal("280.00"),
        7,
    ),
    (
        OMAR,
        "I will set up your AWS infrastructure with Terraform",
        "VPC, ECS or Lambda, RDS and monitoring as code, with separate staging and production "
        "environments.",
        Decimal("600.00"),
        12,
    ),
    (
        OMAR,
        "I will dockerize your application",
        "Small, secure images, a compose file for local development and a production build, "
        "documented step by step.",
        Decimal("110.00"),
        2,
    ),
    (
        OMAR,
        "I will build a Chrome extension",
        "A Manifest V3 extension with a popup, options page and background worker, published to "
        "the Chrome Web Store.",
        Decimal("330.00"),
        8,
    ),
    (
        OMAR,
        "I will write automated end-to-end tests with Playwright",
        "Reliable browser tests for your critical journeys, running in CI with screenshots and "
        "traces on failure.",
        Decimal("240.00"),
        5,
    ),
    (
        OMAR,
        "I will build a real-time chat with WebSockets",
        "Live messaging with presence, typing indicators and message history, scaled with Redis "
        "pub/sub.",
        Decimal("480.00"),
        10,
    ),
    (
        OMAR,
        "I will optimise your website speed and Core Web Vitals",
        "Image optimisation, code splitting, caching headers and a before/after report of your "
        "Lighthouse scores.",
        Decimal("130.00"),
        3,
    ),
    (
        OMAR,
        "I will integrate OpenStreetMap maps into your web app",
        "Interactive maps with markers, clustering and geocoding using Leaflet or MapLibre, no "
        "paid API keys required.",
        Decimal("190.00"),
        4,
    ),
)

# Where each demo gig is listed and which skills it carries (DESIGN §14), by its title.
DEMO_DISCOVERY: dict[str, tuple[str, list[str]]] = {
    "I will build a production-ready FastAPI backend": (
        "backend-apis",
        ["fastapi", "python", "postgresql"],
    ),
    "I will fix bugs in your Python or Django project": (
        "backend-apis",
        ["python", "django", "debugging"],
    ),
    "I will design your PostgreSQL schema and speed up slow queries": (
        "backend-apis",
        ["postgresql", "sql", "performance"],
    ),
    "I will write a REST API integration for Stripe or PayPal": (
        "backend-apis",
        ["stripe", "payments", "rest-api"],
    ),
    "I will set up CI/CD with GitHub Actions for your repository": (
        "devops-cloud",
        ["ci-cd", "github-actions", "docker"],
    ),
    "I will build a Next.js dashboard with charts and auth": (
        "web-apps",
        ["next.js", "react", "typescript"],
    ),
    "I will write web scrapers and data pipelines in Python": (
        "data-ml",
        ["python", "scraping", "etl"],
    ),
    "I will review your code and architecture": (
        "qa-testing",
        ["code-review", "architecture", "python"],
    ),
    "I will migrate your app from Flask to FastAPI": (
        "backend-apis",
        ["fastapi", "flask", "python"],
    ),
    "I will add full-text search to your PostgreSQL app": (
        "backend-apis",
        ["postgresql", "search", "sql"],
    ),
    "I will design a modern minimalist logo for your brand": (
        "logo-brand",
        ["logo", "branding", "illustrator"],
    ),
    "I will design a complete brand identity": ("logo-brand", ["branding", "logo", "style-guide"]),
    "I will design your landing page in Figma": ("web-design", ["figma", "landing-page", "ui"]),
    "I will build a Figma design system for your product": (
        "ui-ux",
        ["figma", "design-system", "ui"],
    ),
    "I will design a mobile app UI for iOS and Android": ("ui-ux", ["mobile", "figma", "ios"]),
    "I will redesign your website for better conversion": (
        "web-design",
        ["conversion", "ux", "figma"],
    ),
    "I will create custom illustrations for your website": (
        "illustration",
        ["illustration", "vector", "web"],
    ),
    "I will design social media graphics for a month": (
        "illustration",
        ["social-media", "graphics", "canva"],
    ),
    "I will design a pitch deck that investors remember": (
        "logo-brand",
        ["pitch-deck", "presentation", "branding"],
    ),
    "I will design an app icon and store screenshots": ("ui-ux", ["app-icon", "ios", "android"]),
    "I will build a React Native app from your designs": (
        "mobile-apps",
        ["react-native", "ios", "android"],
    ),
    "I will develop a Shopify store with a custom theme": (
        "web-apps",
        ["shopify", "e-commerce", "liquid"],
    ),
    "I will build a WordPress website that loads fast": (
        "web-design",
        ["wordpress", "performance", "seo"],
    ),
    "I will set up your AWS infrastructure with Terraform": (
        "devops-cloud",
        ["aws", "terraform", "devops"],
    ),
    "I will dockerize your application": ("devops-cloud", ["docker", "devops", "compose"]),
    "I will build a Chrome extension": (
        "web-apps",
        ["chrome-extension", "javascript", "typescript"],
    ),
    "I will write automated end-to-end tests with Playwright": (
        "qa-testing",
        ["playwright", "e2e", "typescript"],
    ),
    "I will build a real-time chat with WebSockets": (
        "web-apps",
        ["websockets", "react", "node.js"],
    ),
    "I will optimise your website speed and Core Web Vitals": (
        "web-apps",
        ["performance", "seo", "lighthouse"],
    ),
    "I will integrate OpenStreetMap maps into your web app": (
        "web-apps",
        ["maps", "javascript", "leaflet"],
    ),
}
