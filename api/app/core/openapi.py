"""The OpenAPI document tells the truth about errors: FastAPI documents its own 422 body
(`{"detail": [{loc, msg, type}]}`) on every route with parameters, but the API answers DESIGN §8's
(`app.core.error_handlers`). Routes declare their other errors themselves (`error_responses`)."""

from typing import Any

from fastapi import FastAPI

from app.core.errors import DESCRIPTIONS
from app.core.query_model import referenced_schemas

_FASTAPI_422 = "#/components/schemas/HTTPValidationError"
_OURS_422 = "#/components/schemas/ValidationErrorOut"


def install_openapi(app: FastAPI) -> None:
    generate = app.openapi  # builds the document once and caches it on the app

    def openapi() -> dict[str, Any]:
        return _with_our_validation_errors(
            generate()
        )  # idempotent: edits the cached document in place

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented way to customise the document


def _with_our_validation_errors(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            response = operation.get("responses", {}).get("422")
            if response is None:
                continue
            content = response.get("content", {}).get("application/json", {})
            if content.get("schema", {}).get("$ref") == _FASTAPI_422:
                content["schema"] = {"$ref": _OURS_422}
                response["description"] = DESCRIPTIONS[422]
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    for name, schema in referenced_schemas.items():
        schemas.setdefault(
            name, schema
        )  # what query models' parameters refer to (app/core/query_model.py)
    return document
