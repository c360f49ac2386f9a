/**
 * The outcome of the last moderation step ("Jane Doe is banned."), announced politely. The
 * element stays in the page while empty so screen readers pick up the first message too.
 */
export function Announcement({ message }: { message: string | null }) {
  return (
    <p
      role="status"
      className={
        message
          ? "rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm font-medium text-green-800"
          : "sr-only"
      }
    >
      {message ?? ""}
    </p>
  );
}
