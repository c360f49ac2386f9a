import Link from "next/link";

const VIEWS = [
  { href: "/admin/orders", label: "All orders" },
  { href: "/admin/orders/deadlines", label: "Due soon" },
] as const;

/** The two views of the Orders section: every order, and those the platform's timers move soon. */
export function OrdersSubnav({ current }: { current: (typeof VIEWS)[number]["href"] }) {
  return (
    <nav aria-label="Order views">
      <ul className="flex flex-wrap gap-2">
        {VIEWS.map((view) => (
          <li key={view.href}>
            <Link
              href={view.href}
              aria-current={view.href === current ? "page" : undefined}
              className={`inline-flex min-h-9 items-center rounded-full border px-3.5 text-sm font-medium ${
                view.href === current
                  ? "border-brand-600 bg-brand-50 text-brand-800"
                  : "border-slate-300 bg-white text-slate-700 hover:border-slate-400"
              }`}
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
