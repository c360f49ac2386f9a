import Link from "next/link";

export default function ProfileNotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-1 flex-col justify-center px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Profile not found</h1>
      <p className="mt-4 text-slate-600">There is no DevMarket member at this address.</p>
      <p className="mt-8">
        <Link href="/gigs" className="font-semibold text-brand-700 hover:underline">
          Browse gigs
        </Link>
      </p>
    </div>
  );
}
