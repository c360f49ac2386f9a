"""Print the API's OpenAPI document (the web client is generated from it; CI checks it for drift)."""

import json
import os


def main() -> None:
    # The schema does not depend on configuration; placeholders let this run without a .env.
    os.environ.setdefault("DATABASE_URL", "postgresql://openapi@localhost/openapi")
    os.environ.setdefault("JWT_SECRET", "openapi-export-only-0123456789abcdef")
    from app.main import create_app

    print(json.dumps(create_app().openapi(), indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
