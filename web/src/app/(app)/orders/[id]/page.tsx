import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { requestApi, requireSession } from "@/lib/auth/current-user";
import { getServerQueryClient } from "@/lib/query/server-query-client";
import { orderKeys } from "@/queries/orders";

import { OrderView } from "./order-view";

export const metadata: Metadata = { title: "Order" };

interface OrderPageProps {
  params: Promise<{ id: string }>;
}

export default async function OrderPage({ params }: OrderPageProps) {
  const { id } = await params;
  await requireSession(`/orders/${encodeURIComponent(id)}`);

  const api = await requestApi();
  const { data: order, response } = await api.GET("/orders/{order_id}", {
    params: { path: { order_id: id } },
  });
  // 404: no such order, or not this person's (the API does not tell which); 422: not an order id.
  if (response.status === 404 || response.status === 422) notFound();
  if (!order) throw new Error(`GET /orders/{id} failed with status ${response.status}`);

  const queryClient = getServerQueryClient();
  queryClient.setQueryData(orderKeys.detail(id), order);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <OrderView orderId={id} />
    </HydrationBoundary>
  );
}
