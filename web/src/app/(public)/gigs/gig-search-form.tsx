"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  searchFormSchema,
  searchFormValuesFrom,
  searchFromForm,
  type SearchFormValues,
} from "@/lib/gigs/search-form-schema";
import {
  effectiveSort,
  gigSearchHref,
  GIGS_PATH,
  hasFilters,
  withoutFilters,
  type GigSearch,
} from "@/lib/gigs/search-params";

import { useSearchTransition } from "./search-transition";

const SORT_OPTIONS: SelectOption[] = [
  { value: "relevance", label: "Best match" },
  { value: "newest", label: "Newest" },
  { value: "price_asc", label: "Price: low to high" },
  { value: "price_desc", label: "Price: high to low" },
  { value: "rating", label: "Highest rated" },
];

const DELIVERY_CHOICES = [1, 2, 3, 5, 7, 14, 30];

function deliveryOptions(current: number | null): SelectOption[] {
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
 * Words, filters and sort of /gigs. Submitting navigates to the search's canonical URL (so the
 * back button and shared links work); sort and delivery apply as soon as they change. Without
 * JavaScript it is an ordinary GET form to the same URL.
 */
export function GigSearchForm({ search }: { search: GigSearch }) {
  const router = useRouter();
  const { isPending, startTransition } = useSearchTransition();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SearchFormValues>({
    resolver: zodResolver(searchFormSchema),
    defaultValues: searchFormValuesFrom(search, effectiveSort(search)),
    mode: "onTouched",
  });

  const submit = handleSubmit((values) => {
    startTransition(() => {
      router.push(gigSearchHref(searchFromForm(search, values)));
    });
  });
  const submitOnChange = { onChange: () => void submit() };

  return (
    <form
      role="search"
      aria-label="Gigs"
      action={GIGS_PATH}
      method="get"
      noValidate
      onSubmit={(event) => void submit(event)}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
    >
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField
            label="Search gigs"
            type="search"
            placeholder="Logo, React app, API…"
            enterKeyHint="search"
            error={errors.q?.message}
            {...register("q")}
          />
        </div>
        <Button type="submit" isLoading={isPending}>
          Search
        </Button>
      </div>
      <fieldset className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <legend className="sr-only">Filters and sort</legend>
        <TextField
          label="Min price ($)"
          inputMode="decimal"
          autoComplete="off"
          error={errors.min_price?.message}
          {...register("min_price")}
        />
        <TextField
          label="Max price ($)"
          inputMode="decimal"
          autoComplete="off"
          error={errors.max_price?.message}
          {...register("max_price")}
        />
        <SelectField
          label="Delivery time"
          options={deliveryOptions(search.maxDeliveryDays)}
          {...register("max_delivery_days", submitOnChange)}
        />
        <SelectField label="Sort by" options={SORT_OPTIONS} {...register("sort", submitOnChange)} />
      </fieldset>
      {hasFilters(search) ? (
        <p className="text-sm">
          <Link
            href={gigSearchHref(withoutFilters(search))}
            className="font-medium text-brand-700 hover:underline"
          >
            Clear filters
          </Link>
        </p>
      ) : null}
    </form>
  );
}
