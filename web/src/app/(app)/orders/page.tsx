import type { Metadata } from "next";

import { requireSession } from "@/lib/auth/current-user";

import { PlaceholderPage } from "../placeholder-page";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage() {
  await requireSession("/orders");
  return (
    <PlaceholderPage
      title="Orders"
      body="Orders you place and receive will appear here, with their payment and delivery status."
    />
  );
}
