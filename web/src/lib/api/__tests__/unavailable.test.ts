import { describe, expect, it } from "vitest";

import { ApiError } from "../errors";
import { fetchOrUnavailable } from "../server-client";
import {
  API_UNAVAILABLE_DIGEST,
  ApiUnavailableError,
  isApiUnavailable,
  WAKING_UP_MESSAGE,
} from "../unavailable";

const request = () => new Request("http://api.test/users/me");

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** A fetch that answers `response`, or never answers (until its signal aborts). */
function fakeFetch(response?: Response | Error) {
  return (_input: Request, init?: RequestInit): Promise<Response> =>
    new Promise((resolve, reject) => {
      if (response instanceof Error) reject(response);
      else if (response) resolve(response);
      init?.signal?.addEventListener("abort", () => {
        reject(init.signal?.reason as Error);
      });
    });
}

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

describe("fetchOrUnavailable (Server Components → FastAPI)", () => {
  it("gives up after its deadline with an error the error boundary recognises", async () => {
    const error = await failureOf(fetchOrUnavailable(request(), 30, fakeFetch()));
    expect(error).toBeInstanceOf(ApiUnavailableError);
    expect((error as ApiUnavailableError).digest).toBe(API_UNAVAILABLE_DIGEST);
    expect((error as Error).message).toBe("GET /users/me: no answer within 30 ms");
  });

  it("turns a refused connection into 'unavailable'", async () => {
    const refused = new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
    const error = await failureOf(fetchOrUnavailable(request(), 1_000, fakeFetch(refused)));
    expect(isApiUnavailable(error)).toBe(true);
    expect((error as Error).message).toBe("GET /users/me: the API is unreachable");
  });

  it.each([502, 504])("turns a gateway's %i into 'unavailable'", async (status) => {
    const gateway = new Response("<html>Bad gateway</html>", { status });
    const error = await failureOf(fetchOrUnavailable(request(), 1_000, fakeFetch(gateway)));
    expect(isApiUnavailable(error)).toBe(true);
  });

  it("turns the API's 'database unavailable' 503 into 'unavailable'", async () => {
    const down = json(503, {
      detail: "The database is unavailable right now; please try again in a moment",
      code: "database_unavailable",
    });
    const error = await failureOf(fetchOrUnavailable(request(), 1_000, fakeFetch(down)));
    expect(isApiUnavailable(error)).toBe(true);
  });

  it("returns every other answer for the caller to judge, the API's 'too slow' 503 included", async () => {
    for (const answer of [
      json(200, { id: "x" }),
      json(401, { detail: "Not authenticated", code: "not_authenticated" }),
      json(503, {
        detail: "This request took too long to answer; try narrowing it",
        code: "request_too_slow",
      }),
      json(500, { detail: "Internal Server Error" }),
    ]) {
      const response = await fetchOrUnavailable(request(), 1_000, fakeFetch(answer));
      expect(response.status).toBe(answer.status);
    }
  });
});

describe("isApiUnavailable", () => {
  it("recognises the digest alone: production hides messages, not digests", () => {
    expect(isApiUnavailable({ digest: API_UNAVAILABLE_DIGEST, message: "" })).toBe(true);
    expect(isApiUnavailable(new Error("GET /users/me failed with status 503"))).toBe(false);
    expect(isApiUnavailable(null)).toBe(false);
  });
});

describe("ApiError for browser calls", () => {
  it("explains a gateway's answer without FastAPI's words, and marks it worth retrying", () => {
    const error = new ApiError(504, undefined);
    expect(error.message).toBe(WAKING_UP_MESSAGE);
    expect(error.isUnavailable).toBe(true);
  });

  it("keeps the API's own message and knows a slow search is not an outage, by code", () => {
    const down = new ApiError(503, {
      detail: "The database is unavailable right now; please try again",
      code: "database_unavailable",
    });
    expect(down.message).toBe("The database is unavailable right now; please try again");
    expect(down.isUnavailable).toBe(true);
    const slow = { detail: "This request took too long to answer", code: "request_too_slow" };
    expect(new ApiError(503, slow).isUnavailable).toBe(false);
    expect(new ApiError(500, undefined).isUnavailable).toBe(false);
  });
});
