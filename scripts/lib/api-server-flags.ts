// The WebSocket flags every uvicorn of the API runs with (dev, tests, production; render.yaml spells the same):
// no per-message deflate (compression bombs, CPU), and frames over 64 KiB refused by the server itself, before
// the application authenticates anything, instead of uvicorn's default of buffering up to 16 MiB per frame.
export const API_WEBSOCKET_FLAGS = ["--ws-per-message-deflate", "false", "--ws-max-size", "65536"] as const;

// Idle keep-alive connections stay open longer than the web's proxy keeps them (Node's agent drops an idle socket
// after 5 s, uvicorn's default is 5 s too): with equal timeouts the proxy can reuse a socket in the instant
// uvicorn closes it, and the request fails with "socket hang up". The side that reuses must be the one to close.
export const API_KEEP_ALIVE_FLAGS = ["--timeout-keep-alive", "75"] as const;
