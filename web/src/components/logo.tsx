import Link from "next/link";

export function Logo() {
  return (
    <Link
      href="/"
      className="flex min-h-11 items-center gap-2 text-lg md:min-h-0 font-bold tracking-tight text-slate-900"
    >
      <span
        aria-hidden="true"
        className="grid size-8 place-items-center rounded-md bg-brand-600 text-sm font-black text-white"
      >
        {"</>"}
      </span>
      DevMarket
    </Link>
  );
}
