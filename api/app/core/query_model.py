"""A model of query parameters, read with one Pydantic validation.

FastAPI reads `Annotated[Model, Query()]` field by field, inspecting each field's annotation again on every
request; on `GET /gigs` (nine filters) that costs more CPU than the whole database round trip. `query_model`
gives a dependency that validates the query string in one call instead — with the errors FastAPI would raise
(`RequestValidationError`, located in `query`) — and the OpenAPI parameters FastAPI would have written, from the
same model: the document does not change.
"""

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError
from starlette.requests import HTTPConnection

ModelT = TypeVar("ModelT", bound=BaseModel)
REF_TEMPLATE = "#/components/schemas/{model}"

# Schemas the parameters refer to (an enum's), added to the document's components (app/core/openapi.py).
referenced_schemas: dict[str, Any] = {}


def _is_list(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "array"


def query_parameters(model: type[BaseModel]) -> list[dict[str, Any]]:
    """The OpenAPI parameters of `model`'s fields, as FastAPI documents a query model."""
    schema = model.model_json_schema(ref_template=REF_TEMPLATE)
    referenced_schemas.update(schema.get("$defs", {}))
    parameters = []
    for name, field in model.model_fields.items():
        prop = dict(schema["properties"][name])
        if prop.get("default", ...) is None:
            del prop["default"]  # FastAPI leaves a null default out
        prop.setdefault("title", field.title or name.replace("_", " ").title())
        parameters.append(
            {"in": "query", "name": name, "required": field.is_required(), "schema": prop}
        )
    return parameters


def query_model(model: type[ModelT]) -> Callable[[HTTPConnection], Awaitable[ModelT]]:
    """A dependency reading `model` from the query string (repeated keys for its list fields)."""
    properties = model.model_json_schema(ref_template=REF_TEMPLATE)["properties"]
    lists = frozenset(name for name in model.model_fields if _is_list(properties[name]))

    async def read(conn: HTTPConnection) -> ModelT:
        params = conn.query_params
        data: dict[str, Any] = {}
        for name in model.model_fields:
            if name in lists:
                values = params.getlist(name)
                if values:
                    data[name] = values
            elif name in params:
                data[name] = params[name]
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            errors = [{**error, "loc": ("query", *error["loc"])} for error in exc.errors()]
            raise RequestValidationError(errors) from exc

    return read
