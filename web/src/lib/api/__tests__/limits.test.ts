import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { API_LIMITS, PROOF_REFERENCE, SEARCH_QUERY_MAX, type Bounds } from "../limits";

interface JsonSchema {
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
}

interface Parameter {
  name: string;
  in: string;
  schema: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  components: { schemas: Record<string, JsonSchema> };
}

const document = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../../../openapi.json"), "utf8"),
) as OpenApiDocument;

/** A property's bounds as the document states them (on it, or on one of its `anyOf` forms). */
function boundsOf(schema: JsonSchema): Bounds {
  const forms = [schema, ...(schema.anyOf ?? [])];
  const min = forms.map((form) => form.minLength ?? form.minimum).find((n) => n !== undefined);
  const max = forms.map((form) => form.maxLength ?? form.maximum).find((n) => n !== undefined);
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** Bounded properties the web has no form for (ids it sends, counts it reads). */
const NOT_TYPED_BY_PEOPLE = new Set([
  "app__notifications__schemas__MarkReadIn.up_to_id",
  "GigPage.total",
]);

describe("API_LIMITS", () => {
  it("holds the bounds of web/openapi.json, field by field", () => {
    for (const [schemaName, fields] of Object.entries(API_LIMITS)) {
      const properties = document.components.schemas[schemaName]?.properties ?? {};
      for (const [field, bounds] of Object.entries(fields)) {
        const property = properties[field];
        expect(property, `${schemaName}.${field} is in the document`).toBeDefined();
        expect(bounds, `${schemaName}.${field}`).toEqual(boundsOf(property ?? {}));
      }
    }
  });

  it("misses no bounded field of the document", () => {
    const table: Record<string, Record<string, Bounds> | undefined> = API_LIMITS;
    for (const [schemaName, schema] of Object.entries(document.components.schemas)) {
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        const stated = boundsOf(property);
        if (Object.keys(stated).length === 0) continue;
        if (NOT_TYPED_BY_PEOPLE.has(`${schemaName}.${field}`)) continue;
        expect(table[schemaName]?.[field], `${schemaName}.${field}`).toEqual(stated);
      }
    }
  });

  it("keeps the normalised transaction ID within the raw input's bound", () => {
    expect(PROOF_REFERENCE.max).toBeLessThanOrEqual(API_LIMITS.PaymentProofIn.proof_reference.max);
  });
});

describe("SEARCH_QUERY_MAX", () => {
  it("is the bound of every `q` the web sends", () => {
    const searches = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.values(item).flatMap((operation) =>
        (operation.parameters ?? [])
          .filter((parameter) => parameter.in === "query" && parameter.name === "q")
          .map((parameter) => [route, boundsOf(parameter.schema).max] as const),
      ),
    );
    expect(searches.length).toBeGreaterThan(0);
    for (const [route, max] of searches) expect(max, route).toBe(SEARCH_QUERY_MAX);
  });
});
