import { isFilePath } from "@/lib/files/file-paths";

/** "Ada Lovelace" → "AL"; one word → its first letter. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.charAt(0) ?? "";
  const last = words.length > 1 ? (words.at(-1)?.charAt(0) ?? "") : "";
  return `${first}${last}`.toUpperCase() || "?";
}

/**
 * The URL to show, or null when `url` is neither an uploaded avatar (`/files/{id}/thumbnail`, served
 * through the web app's own origin) nor an absolute http(s) URL exactly as stored. Anything
 * else ("javascript:…", a leading space, garbage) would make a broken or unsafe <img>,
 * and one person's bad value must never break a page that lists them among others: they get
 * their initials instead.
 */
export function displayableAvatarUrl(url: string | null | undefined): string | null {
  if (!url || url.trim() !== url) return null;
  if (isFilePath(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  if (!parsed.hostname || parsed.username || parsed.password) return null;
  return parsed.href;
}

const SIZE_CLASSES = { sm: "size-8 text-xs", md: "size-12 text-sm", lg: "size-20 text-2xl" };
const SIZE_PIXELS = { sm: 32, md: 48, lg: 80 };

export interface AvatarProps {
  name: string;
  url: string | null | undefined;
  size?: keyof typeof SIZE_CLASSES;
}

/**
 * A person's picture, or their initials when they have none. Decorative: the name is always
 * written next to it, so screen readers skip it. Avatars are links to any host a user chose, so
 * they bypass the image optimizer (which only serves configured hosts) and send no referrer.
 */
export function Avatar({ name, url, size = "md" }: AvatarProps) {
  const src = displayableAvatarUrl(url);
  if (src) {
    return (
      // A plain <img>: an avatar bypasses the optimizer, so next/image would only add a client
      // component to hydrate per picture (a listing shows one per card).
      // eslint-disable-next-line @next/next/no-img-element -- avatars bypass the optimizer; next/image would only add hydration (see above)
      <img
        src={src}
        alt=""
        width={SIZE_PIXELS[size]}
        height={SIZE_PIXELS[size]}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        className={`${SIZE_CLASSES[size]} shrink-0 rounded-full bg-slate-200 object-cover`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${SIZE_CLASSES[size]} grid shrink-0 place-items-center rounded-full bg-brand-100 font-bold text-brand-800`}
    >
      {initialsOf(name)}
    </span>
  );
}
