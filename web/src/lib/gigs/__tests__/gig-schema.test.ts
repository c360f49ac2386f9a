import { describe, expect, it } from "vitest";

import { gigInputFrom, gigSchema, type GigFormValues } from "../gig-schema";

const VALID: GigFormValues = {
  title: "I will design your logo",
  description: "Three concepts, two revisions and every file format you need.",
  price: "49.90",
  delivery_days: "3",
  revisions_included: "2",
  category: "logo-brand",
  tags: "Logo, branding",
};

function errorsFor(values: Partial<GigFormValues>): string[] {
  const result = gigSchema.safeParse({ ...VALID, ...values });
  return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
}

describe("gigSchema", () => {
  it("accepts a valid gig", () => {
    expect(errorsFor({})).toEqual([]);
  });

  it.each([
    [{ title: "Logo" }, "title"],
    [{ title: `   ${"x".repeat(4)}   ` }, "title"],
    [{ title: "x".repeat(121) }, "title"],
    [{ description: "Too short to sell." }, "description"],
    [{ description: "x".repeat(5001) }, "description"],
    [{ price: "0.99" }, "price"],
    [{ price: "100000.01" }, "price"],
    [{ price: "49.999" }, "price"],
    [{ price: "-5" }, "price"],
    [{ price: "1e3" }, "price"],
    [{ price: "" }, "price"],
    [{ delivery_days: "0" }, "delivery_days"],
    [{ delivery_days: "91" }, "delivery_days"],
    [{ delivery_days: "2.5" }, "delivery_days"],
    [{ revisions_included: "-1" }, "revisions_included"],
    [{ revisions_included: "11" }, "revisions_included"],
    [{ revisions_included: "" }, "revisions_included"],
    [{ category: "" }, "category"],
    [{ tags: "a, b, c, d, e, f" }, "tags"],
    [{ tags: "x" }, "tags"],
  ])("refuses %j", (values, field) => {
    expect(errorsFor(values)).toContain(field);
  });

  it.each([["1"], ["1.00"], ["100000"], ["100000.00"], ["49.5"]])(
    "accepts the price %s",
    (price) => {
      expect(errorsFor({ price })).toEqual([]);
    },
  );

  it("accepts the edges of every range", () => {
    expect(
      errorsFor({
        title: "x".repeat(120),
        description: "x".repeat(5000),
        delivery_days: "90",
        revisions_included: "10",
      }),
    ).toEqual([]);
    expect(
      errorsFor({
        title: "Logos",
        description: "x".repeat(20),
        delivery_days: "1",
        revisions_included: "0",
      }),
    ).toEqual([]);
  });
});

describe("gigInputFrom", () => {
  it("trims text, keeps the price a string and the days a number", () => {
    expect(gigInputFrom({ ...VALID, title: `  ${VALID.title}  `, delivery_days: " 7 " })).toEqual({
      title: VALID.title,
      description: VALID.description,
      price: "49.90",
      delivery_days: 7,
      revisions_included: 2,
      category: "logo-brand",
      tags: ["logo", "branding"],
      image_ids: [],
    });
  });

  it("sends the images in the gallery's order, the cover first", () => {
    expect(gigInputFrom(VALID, ["cover", "second"]).image_ids).toEqual(["cover", "second"]);
  });
});
