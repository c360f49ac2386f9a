"use client";

import { useId, type ReactNode, type SubmitEvent } from "react";

import { Button } from "@/components/ui/button";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";
import { SEARCH_QUERY_MAX } from "@/lib/api/limits";

interface SearchFormProps {
  label: string;
  placeholder: string;
  /** The search in the URL; the box shows it (and is reset when Back changes it). */
  query: string;
  onSearch: (query: string) => void;
  /** More filters, laid out beside the box. */
  children?: ReactNode;
}

/** A table's search box: applied on Enter or the button, so each search is one request. */
export function SearchForm({ label, placeholder, query, onSearch, children }: SearchFormProps) {
  const inputId = useId();
  const isHydrated = useIsHydrated();

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("q");
    onSearch(typeof value === "string" ? value.trim() : "");
  }

  return (
    <form
      role="search"
      onSubmit={submit}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end"
    >
      <div className="flex-1 space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          // Remounts with the URL's value when Back/Forward changes the search.
          key={query}
          id={inputId}
          name="q"
          type="search"
          defaultValue={query}
          placeholder={placeholder}
          maxLength={SEARCH_QUERY_MAX}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 sm:text-sm"
        />
      </div>
      {children}
      <Button type="submit" variant="secondary" disabled={!isHydrated}>
        Search
      </Button>
    </form>
  );
}
