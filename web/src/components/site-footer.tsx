import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-auto border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-500 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>© 2026 DevMarket — work from developers and designers worldwide.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li>
              <Link href="/gigs" className="hover:text-slate-800">
                Browse gigs
              </Link>
            </li>
            <li>
              <Link href="/auth/sign-up" className="hover:text-slate-800">
                Start selling
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
