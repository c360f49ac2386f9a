import type { SelectOption } from "@/components/ui/select-field";
import type { GigSearch } from "@/lib/gigs/search-params";

export const SORT_OPTIONS: SelectOption[] = [
  { value: "relevance", label: "Best match" },
  { value: "newest", label: "Newest" },
  { value: "price_asc", label: "Price: low to high" },
  { value: "price_desc", label: "Price: high to low" },
  { value: "rating", label: "Highest rated" },
  { value: "popular", label: "Most orders" },
];

const DELIVERY_CHOICES = [1, 2, 3, 5, 7, 14, 30];

export function deliveryOptions(current: number | null): SelectOption[] {
  const days = current === null ? DELIVERY_CHOICES : [...new Set([...DELIVERY_CHOICES, current])];
  return [
    { value: "", label: "Any time" },
    ...days
      .sort((a, b) => a - b)
      .map((day) => ({
        value: String(day),
        label: day === 1 ? "Within 1 day" : `Within ${day} days`,
      })),
  ];
}

/**
 * What narrows the page besides the form's own fields. Sent along only when the form is submitted
 * before JavaScript runs; once it does, the search is rebuilt from the current one anyway.
 */
export function HiddenFilters({ search }: { search: GigSearch }) {
  return (
    <>
      {search.category ? <input type="hidden" name="category" value={search.category} /> : null}
      {search.freelancerId ? (
        <input type="hidden" name="freelancer_id" value={search.freelancerId} />
      ) : null}
      {search.tags.map((tag) => (
        <input key={tag} type="hidden" name="tag" value={tag} />
      ))}
    </>
  );
}
