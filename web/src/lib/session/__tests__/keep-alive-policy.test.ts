import { describe, expect, it } from "vitest";

import { decideKeepAlive } from "../keep-alive-policy";

const MINUTE = 60_000;
const MINTED = 1_000_000_000_000;

describe("decideKeepAlive", () => {
  it("waits while the token is younger than 10 minutes, even with activity", () => {
    expect(
      decideKeepAlive(
        { lastMintAt: MINTED, lastActivityAt: MINTED + 9 * MINUTE },
        MINTED + 9 * MINUTE,
      ),
    ).toBe("wait");
  });

  it("refreshes an older token when the person was active since it was minted", () => {
    expect(
      decideKeepAlive(
        { lastMintAt: MINTED, lastActivityAt: MINTED + 2 * MINUTE },
        MINTED + 10 * MINUTE,
      ),
    ).toBe("refresh");
    expect(
      decideKeepAlive(
        { lastMintAt: MINTED, lastActivityAt: MINTED + 29 * MINUTE },
        MINTED + 29 * MINUTE,
      ),
    ).toBe("refresh");
  });

  it("lets an idle session run out", () => {
    expect(
      decideKeepAlive(
        { lastMintAt: MINTED, lastActivityAt: MINTED - MINUTE },
        MINTED + 20 * MINUTE,
      ),
    ).toBe("wait");
  });

  it("reports expiry after 30 minutes", () => {
    expect(
      decideKeepAlive(
        { lastMintAt: MINTED, lastActivityAt: MINTED + 31 * MINUTE },
        MINTED + 30 * MINUTE,
      ),
    ).toBe("expired");
  });
});
