import Link from "next/link";

/** Shown for an order that does not exist or belongs to other people (the API does not say which). */
export default function OrderNotFound() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Order not found</h1>
      <p className="mt-4 text-slate-600">
        This order does not exist, or you are not one of its parties.
      </p>
      <p className="mt-8">
        <Link href="/orders" className="font-semibold text-brand-700 hover:underline">
          Back to your orders
        </Link>
      </p>
    </div>
  );
}
