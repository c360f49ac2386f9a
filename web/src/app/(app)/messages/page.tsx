import type { Metadata } from "next";

import { requireSession } from "@/lib/auth/current-user";

import { PlaceholderPage } from "../placeholder-page";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  await requireSession("/messages");
  return (
    <PlaceholderPage
      title="Messages"
      body="Your conversations with clients and freelancers will appear here."
    />
  );
}
