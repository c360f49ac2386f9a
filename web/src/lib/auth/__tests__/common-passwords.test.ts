import { describe, expect, it } from "vitest";

import { isCommonPassword } from "../common-passwords";
import { estimatePasswordStrength } from "../password-strength";

describe("isCommonPassword", () => {
  it.each(["password", "Password", "12345678", "qwertyuiop", "iloveyou", "sunshine1"])(
    "refuses %s, which is on the bundled list",
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it("refuses the service's name and the person's own email or name, with the usual suffixes", () => {
    const context = ["maria.lopez@example.com", "Maria Lopez"];
    expect(isCommonPassword("devmarket2026!", context)).toBe(true);
    expect(isCommonPassword("maria.lopez", context)).toBe(true);
    expect(isCommonPassword("Maria Lopez 99", context)).toBe(true);
    expect(isCommonPassword("maria.lopez@example.com", context)).toBe(true);
  });

  it("accepts passphrases and random passwords", () => {
    const context = ["maria.lopez@example.com", "Maria Lopez"];
    expect(isCommonPassword("correct horse battery", context)).toBe(false);
    expect(isCommonPassword("pw-1a2b3c4d5e6f7a8b9c0d", context)).toBe(false);
    expect(isCommonPassword("maria's blue teapot", context)).toBe(false);
  });
});

describe("estimatePasswordStrength", () => {
  it("calls a listed password too weak and says why", async () => {
    const strength = await estimatePasswordStrength("password");
    expect(strength.score).toBe(0);
    expect(strength.label).toBe("Too weak");
    expect(strength.warning).toMatch(/used password/i);
  });

  it("weighs the person's own words", async () => {
    const alone = await estimatePasswordStrength("gabrielnovak");
    const withContext = await estimatePasswordStrength("gabrielnovak", ["Gabriel Novak"]);
    expect(withContext.score).toBeLessThanOrEqual(alone.score);
    expect(withContext.score).toBeLessThan(2);
  });

  it("calls a four-word passphrase strong", async () => {
    const strength = await estimatePasswordStrength("correct horse battery staple");
    expect(strength.score).toBeGreaterThanOrEqual(3);
    expect(strength.warning).toBeNull();
  });
});
