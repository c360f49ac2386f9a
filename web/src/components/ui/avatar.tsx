import Image from "next/image";

/** "Ada Lovelace" → "AL"; one word → its first letter. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.charAt(0) ?? "";
  const last = words.length > 1 ? (words.at(-1)?.charAt(0) ?? "") : "";
  return `${first}${last}`.toUpperCase() || "?";
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
  if (url) {
    return (
      <Image
        src={url}
        alt=""
        width={SIZE_PIXELS[size]}
        height={SIZE_PIXELS[size]}
        unoptimized
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
