import { describe, expect, it } from "vitest";

import type { CurrentUser } from "@/lib/api/types";

import { profileUpdateFrom, profileValuesFrom } from "../profile-schema";

const UPLOADED = "/files/3f2b8c1e-9a4d-4c2e-8f1a-0b9c8d7e6f5a/thumbnail";

function user(avatarUrl: string | null): CurrentUser {
  return {
    full_name: "Ada Lovelace",
    bio: "",
    avatar_url: avatarUrl,
    payment_instructions: "",
  } as CurrentUser;
}

describe("the avatar link field beside an uploaded picture", () => {
  it("shows a link avatar, and leaves an uploaded picture out of the link field", () => {
    expect(profileValuesFrom(user("https://cdn.example/a.png")).avatar_url).toBe(
      "https://cdn.example/a.png",
    );
    expect(profileValuesFrom(user(UPLOADED)).avatar_url).toBe("");
  });

  it("keeps an uploaded picture when the empty link field is saved", () => {
    const values = profileValuesFrom(user(UPLOADED));
    expect(profileUpdateFrom(values, user(UPLOADED))).not.toHaveProperty("avatar_url");
  });

  it("removes a link avatar when its field is emptied, and sends a new link", () => {
    const values = { ...profileValuesFrom(user("https://cdn.example/a.png")), avatar_url: "" };
    expect(profileUpdateFrom(values, user("https://cdn.example/a.png")).avatar_url).toBeNull();
    const linked = { ...values, avatar_url: "https://cdn.example/b.png" };
    expect(profileUpdateFrom(linked, user(UPLOADED)).avatar_url).toBe("https://cdn.example/b.png");
  });
});
