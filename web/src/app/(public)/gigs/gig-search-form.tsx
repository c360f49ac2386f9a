"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type FocusEvent } from "react";
import { useForm } from "react-hook-form";

import { Button } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  defaultSortFor,
  searchFormSchema,
  searchFormValuesFrom,
  searchFromForm,
  type SearchFormValues,
} from "@/lib/gigs/search-form-schema";
import {
  activeFilterCount,
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
  { value: "popular", label: "Most orders" },
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

/** Phones get 44 px tall controls (the fields' own style is a little shorter). */
const TAP_TARGET = "min-h-11";

/**
 * Words, filters and sort of /gigs. Submitting navigates to the search's canonical URL (so the
 * back button and shared links work). Every filter applies as soon as it is changed, the way a
 * native "change" event fires: a select when picked, a price when focus leaves the form (moving
 * between its fields does not, so a price range is typed in one go). Without JavaScript it is an
 * ordinary GET form to the same URL.
 *
 * On a phone the filters start folded behind a "Filters" toggle, so the results are on the first
 * screen; from the `sm` breakpoint up they are always shown.
 */
export function GigSearchForm({ search }: { search: GigSearch }) {
  const router = useRouter();
  const { isPending, startTransition } = useSearchTransition();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    formState: { errors },
  } = useForm<SearchFormValues>({
    resolver: zodResolver(searchFormSchema),
    defaultValues: searchFormValuesFrom(search, effectiveSort(search)),
    mode: "onTouched",
  });

  const submit = handleSubmit(
    (values) => {
      startTransition(() => {
        router.push(gigSearchHref(searchFromForm(search, values)));
      });
    },
    // A folded filter with a mistake in it opens, so the message is seen.
    (invalid) => {
      if (invalid.min_price || invalid.max_price) setFiltersOpen(true);
    },
  );
  const submitOnChange = { onChange: () => void submit() };
  // Until a sort is chosen, the select shows the default for the words being typed.
  const followDefaultSort = {
    onChange: (event: { target: { value: string } }) => {
      if (search.sort === null) setValue("sort", defaultSortFor(event.target.value));
    },
  };
  const applyPricesOnLeave = (event: FocusEvent<HTMLFormElement>) => {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) {
      return;
    }
    const { min_price, max_price } = getValues();
    if (min_price.trim() !== search.minPrice || max_price.trim() !== search.maxPrice) {
      void submit();
    }
  };
  const activeFilters = activeFilterCount(search);

  return (
    <form
      role="search"
      aria-label="Gigs"
      action={GIGS_PATH}
      method="get"
      noValidate
      onSubmit={(event) => void submit(event)}
      onBlur={applyPricesOnLeave}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
    >
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField
            label="Search gigs"
            type="search"
            placeholder="Logo, React app, API…"
            enterKeyHint="search"
            className={TAP_TARGET}
            error={errors.q?.message}
            {...register("q", followDefaultSort)}
          />
        </div>
        <Button type="submit" isLoading={isPending} className={TAP_TARGET}>
          Search
        </Button>
      </div>
      <button
        type="button"
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={() => {
          setFiltersOpen((open) => !open);
        }}
        className={`${TAP_TARGET} inline-flex w-full items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 sm:hidden`}
      >
        <span>
          Filters
          {activeFilters > 0 ? (
            <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">
              {activeFilters}
              <span className="sr-only"> active</span>
            </span>
          ) : null}
        </span>
        <span aria-hidden="true">{filtersOpen ? "▴" : "▾"}</span>
      </button>
      <fieldset
        id={filtersId}
        className={`${filtersOpen ? "grid" : "hidden"} grid-cols-2 gap-3 sm:grid lg:grid-cols-4`}
      >
        <legend className="sr-only">Filters and sort</legend>
        <TextField
          label="Min price ($)"
          inputMode="decimal"
          autoComplete="off"
          className={TAP_TARGET}
          error={errors.min_price?.message}
          {...register("min_price")}
        />
        <TextField
          label="Max price ($)"
          inputMode="decimal"
          autoComplete="off"
          className={TAP_TARGET}
          error={errors.max_price?.message}
          {...register("max_price")}
        />
        <SelectField
          label="Delivery time"
          options={deliveryOptions(search.maxDeliveryDays)}
          className={TAP_TARGET}
          {...register("max_delivery_days", submitOnChange)}
        />
        <SelectField
          label="Sort by"
          options={SORT_OPTIONS}
          className={TAP_TARGET}
          {...register("sort", submitOnChange)}
        />
      </fieldset>
      {hasFilters(search) ? (
        <p className="text-sm">
          <Link
            href={gigSearchHref(withoutFilters(search))}
            className={`${TAP_TARGET} inline-flex items-center font-medium text-brand-700 hover:underline`}
          >
            Clear filters
          </Link>
        </p>
      ) : null}
    </form>
  );
}
