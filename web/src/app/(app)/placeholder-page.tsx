/** A titled page whose feature is still being built, so navigation never leads to a 404. */
export function PlaceholderPage({ title, body }: { title: string; body: string }) {
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-4 max-w-2xl text-slate-600">{body}</p>
    </div>
  );
}
