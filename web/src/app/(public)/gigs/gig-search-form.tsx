"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type ChangeEvent, type FocusEvent } from "react";
import { flushSync } from "react-dom";

import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  defaultSortFor,
  SEARCH_FORM_FIELDS,
  searchFormErrors,
  searchFromForm,
  type SearchFormErrors,
  type SearchFormValues,
} from "@/lib/gigs/search-form";
import {
  activeFilterCount,
  effectiveSort,
  gigSearchHref,
  GIGS_PATH,
  hasFilters,
  withoutFilters,
  type GigSearch,
} from "@/lib/gigs/search-params";

import { deliveryOptions, HiddenFilters, SORT_OPTIONS } from "./search-form-parts";
import { useSearchTransition } from "./search-transition";

/** Phones get 44 px tall controls (the fields' own style is a little shorter). */
const TAP_TARGET = "min-h-11";

function readForm(form: HTMLFormElement): SearchFormValues {
  const data = new FormData(form);
  const text = (name: keyof SearchFormValues) => {
    const value = data.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    q: text("q"),
    min_price: text("min_price"),
    max_price: text("max_price"),
    max_delivery_days: text("max_delivery_days"),
    sort: text("sort"),
  };
}

/** The messages to show: a field's once focus has left it, every field's once submitted. */
function visible(errors: SearchFormErrors, touched: Set<string> | "all"): SearchFormErrors {
  if (touched === "all") return errors;
  return Object.fromEntries(Object.entries(errors).filter(([name]) => touched.has(name)));
}

/**
 * Words, filters and sort of /gigs: a plain GET form to the search's own URL, which works before
 * (or without) JavaScript, enhanced once it runs. Submitting then navigates to the canonical URL
 * (so the back button and shared links work) in a transition that keeps the current results on
 * screen. Every filter applies as soon as it is changed, the way a native "change" event fires: a
 * select when picked, a price when focus leaves the form (moving between its fields does not, so
 * a price range is typed in one go). The fields are uncontrolled: what is typed before hydration
 * stays.
 *
 * On a phone the filters start folded behind a "Filters" toggle, so the results are on the first
 * screen; from the `sm` breakpoint up they are always shown.
 */
export function GigSearchForm({ search }: { search: GigSearch }) {
  const router = useRouter();
  const { isPending, startTransition } = useSearchTransition();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [errors, setErrors] = useState<SearchFormErrors>({});
  const touched = useRef<Set<string> | "all">(new Set());
  const filtersId = useId();

  function recheck(form: HTMLFormElement) {
    setErrors(visible(searchFormErrors(readForm(form)), touched.current));
  }

  function submit(form: HTMLFormElement) {
    const values = readForm(form);
    const found = searchFormErrors(values);
    touched.current = "all";
    const first = SEARCH_FORM_FIELDS.find((name) => name in found);
    if (first === undefined) {
      setErrors({});
      startTransition(() => {
        router.push(gigSearchHref(searchFromForm(search, values)));
      });
      return;
    }
    // A folded filter with a mistake in it opens (synchronously, so it can take focus).
    flushSync(() => {
      setErrors(found);
      if (found.min_price || found.max_price) setFiltersOpen(true);
    });
    const control = form.elements.namedItem(first);
    if (control instanceof HTMLElement) control.focus();
  }

  function onChange(event: ChangeEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const control: EventTarget = event.target;
    if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
    const { name, value } = control;
    if (name === "max_delivery_days" || name === "sort") {
      submit(form);
      return;
    }
    // Until a sort is chosen, the select shows the default for the words being typed.
    const sort = form.elements.namedItem("sort");
    if (name === "q" && search.sort === null && sort instanceof HTMLSelectElement) {
      sort.value = defaultSortFor(value);
    }
    recheck(form);
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const control: EventTarget = event.target;
    const name = control instanceof HTMLInputElement ? control.name : "";
    if (touched.current !== "all" && name && !touched.current.has(name)) {
      touched.current.add(name);
      recheck(form);
    }
    if (event.relatedTarget instanceof Node && form.contains(event.relatedTarget)) return;
    const { min_price, max_price } = readForm(form);
    if (min_price.trim() !== search.minPrice || max_price.trim() !== search.maxPrice) {
      submit(form);
    }
  }

  const activeFilters = activeFilterCount(search);

  return (
    <form
      role="search"
      aria-label="Gigs"
      action={GIGS_PATH}
      method="get"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
      onChange={onChange}
      onBlur={onBlur}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5"
    >
      <HiddenFilters search={search} />
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField
            label="Search gigs"
            name="q"
            type="search"
            defaultValue={search.q}
            placeholder="Logo, React app, API…"
            enterKeyHint="search"
            className={TAP_TARGET}
            error={errors.q}
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
          name="min_price"
          defaultValue={search.minPrice}
          error={errors.min_price}
        />
        <TextField
          label="Max price ($)"
          inputMode="decimal"
          autoComplete="off"
          className={TAP_TARGET}
          name="max_price"
          defaultValue={search.maxPrice}
          error={errors.max_price}
        />
        <SelectField
          label="Delivery time"
          options={deliveryOptions(search.maxDeliveryDays)}
          className={TAP_TARGET}
          name="max_delivery_days"
          defaultValue={search.maxDeliveryDays === null ? "" : String(search.maxDeliveryDays)}
        />
        <SelectField
          label="Sort by"
          options={SORT_OPTIONS}
          className={TAP_TARGET}
          name="sort"
          defaultValue={effectiveSort(search)}
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
