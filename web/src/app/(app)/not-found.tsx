import Link from "next/link";

/**
 * A notFound() from a signed-in page without its own not-found page (the admin area for a
 * non-admin): shown inside the area's <main>, so it brings no landmark of its own.
 */
export default function SignedInNotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-1 flex-col justify-center py-10 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-slate-600">
        The page you are looking for does not exist or has moved.
      </p>
      <p className="mt-8">
        <Link href="/dashboard" className="font-semibold text-brand-700 hover:underline">
          Back to your dashboard
        </Link>
      </p>
    </div>
  );
}
