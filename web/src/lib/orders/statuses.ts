import type { OrderRole, OrderStatus } from "../api/types";

/**
 * What the web app needs to know about order statuses: their names, order and look. The API
 * stays the judge of every move, and says whose turn it is (an order's `waiting_for`).
 */

export const ORDER_STATUSES = [
  "PENDING_PAYMENT",
  "PAYMENT_SUBMITTED",
  "PAYMENT_CONFIRMED",
  "IN_PROGRESS",
  "SUBMITTED",
  "REVISION_REQUESTED",
  "COMPLETED",
  "CANCELLED",
] as const satisfies readonly OrderStatus[];

export const STATUS_LABEL: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  PAYMENT_SUBMITTED: "Payment submitted",
  PAYMENT_CONFIRMED: "Payment confirmed",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Delivered",
  REVISION_REQUESTED: "Revision requested",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

const TERMINAL_STATUSES: readonly OrderStatus[] = ["COMPLETED", "CANCELLED"];

export function isTerminal(status: OrderStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export const OPEN_STATUSES: OrderStatus[] = ORDER_STATUSES.filter((status) => !isTerminal(status));

export const ROLE_NOUN: Record<OrderRole, string> = {
  client: "the client",
  freelancer: "the freelancer",
  admin: "an admin",
  system: "DevMarket",
};

export type StatusTone = "neutral" | "attention" | "progress" | "success" | "danger";

export const STATUS_TONE: Record<OrderStatus, StatusTone> = {
  PENDING_PAYMENT: "attention",
  PAYMENT_SUBMITTED: "attention",
  PAYMENT_CONFIRMED: "progress",
  IN_PROGRESS: "progress",
  SUBMITTED: "progress",
  REVISION_REQUESTED: "attention",
  COMPLETED: "success",
  CANCELLED: "danger",
};
