// The WebSocket flags every uvicorn of the API runs with (dev, tests, production; render.yaml spells the same):
// no per-message deflate (compression bombs, CPU), and frames over 64 KiB refused by the server itself, before
// the application authenticates anything, instead of uvicorn's default of buffering up to 16 MiB per frame.
export const API_WEBSOCKET_FLAGS = ["--ws-per-message-deflate", "false", "--ws-max-size", "65536"] as const;
