"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";

import { orderListHref, type OrderListFilters } from "@/lib/orders/list-filters";
import { orderQueries } from "@/queries/orders";

interface SummaryCard {
  title: string;
  waiting: number;
  active: number;
  role: OrderListFilters["role"];
}

function waitingText(count: number): string {
  if (count === 0) return "Nothing waiting for you";
  return count === 1 ? "1 order waiting for you" : `${count} orders waiting for you`;
}

/**
 * Where the next move is mine, by side. A live update invalidates `orderKeys.summary()`, so
 * these counts follow along without a reload.
 */
export function OrderSummaryCards() {
  const { data: summary } = useSuspenseQuery(orderQueries.summary());
  const cards: SummaryCard[] = [
    {
      title: "Buying",
      waiting: summary.buying_waiting_for_me,
      active: summary.buying_active,
      role: "client",
    },
    {
      title: "Selling",
      waiting: summary.selling_waiting_for_me,
      active: summary.selling_active,
      role: "freelancer",
    },
  ];

  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {cards.map((card) => (
        <li
          key={card.role}
          className={`rounded-lg border bg-white p-5 ${card.waiting > 0 ? "border-amber-300" : "border-slate-200"}`}
        >
          <h3 className="font-semibold text-slate-900">{card.title}</h3>
          <p className="mt-2">
            <Link
              href={orderListHref({ role: card.role, status: "action" })}
              className={`text-lg font-semibold hover:underline ${card.waiting > 0 ? "text-amber-800" : "text-slate-700"}`}
            >
              {waitingText(card.waiting)}
            </Link>
          </p>
          <p className="mt-1 text-sm">
            <Link
              href={orderListHref({ role: card.role, status: "active" })}
              className="text-slate-600 hover:text-slate-900 hover:underline"
            >
              {card.active} active {card.active === 1 ? "order" : "orders"}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
