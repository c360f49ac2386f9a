import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { OrderDetail } from "@/lib/api/types";

import { OrderHeader } from "../order-header";

// A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) would reverse the rest of the line unless isolated.
const OVERRIDE_NAME = "Nadia \u202eRahman";

function order(viewerRole: OrderDetail["viewer_role"]): OrderDetail {
  return {
    id: "5f0c6c1e-8c8e-4a39-9f0a-2f1d6f5a8e11",
    gig_title: "Logo \u202edesign",
    price: "80.00",
    status: "PENDING_PAYMENT",
    is_late: false,
    has_open_dispute: false,
    viewer_role: viewerRole,
    client: { id: "c", full_name: "Ben Client", avatar_url: null },
    freelancer: { id: "f", full_name: OVERRIDE_NAME, avatar_url: null },
  } as unknown as OrderDetail;
}

function render(viewerRole: OrderDetail["viewer_role"]): string {
  return renderToStaticMarkup(createElement(OrderHeader, { order: order(viewerRole) }));
}

describe("OrderHeader", () => {
  it("isolates the other party's name from the text around it", () => {
    expect(render("client")).toContain(`You ordered from <bdi>${OVERRIDE_NAME}</bdi> · `);
    expect(render("freelancer")).toContain("Ordered by <bdi>Ben Client</bdi> · ");
  });

  it("isolates both names for an admin", () => {
    expect(render("admin")).toContain(
      `<bdi>Ben Client</bdi> ordered from <bdi>${OVERRIDE_NAME}</bdi> · `,
    );
  });

  it("isolates the gig title", () => {
    expect(render("client")).toContain("<bdi>Logo \u202edesign</bdi></h1>");
  });
});
