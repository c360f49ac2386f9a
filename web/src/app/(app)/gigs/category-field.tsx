"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, type ComponentProps } from "react";

import { discoveryQueries } from "@/queries/discovery";

type SelectProps = Omit<ComponentProps<"select">, "children"> & { error?: string };

/**
 * The gig's category: one leaf of the tree, grouped under its parent (Development → Backend & APIs).
 * A native select, so keyboards, screen readers and phones' pickers work as people expect.
 */
export function CategoryField({ error, ...selectProps }: SelectProps) {
  const id = useId();
  const { data: tree, isError } = useQuery(discoveryQueries.categories());
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Category
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-invalid:border-red-500 sm:text-sm"
        {...selectProps}
      >
        <option value="">{tree ? "Choose a category" : "Loading categories…"}</option>
        {tree?.map((top) => (
          <optgroup key={top.slug} label={top.name}>
            {top.children.map((leaf) => (
              <option key={leaf.slug} value={leaf.slug}>
                {leaf.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={hintId} className="text-sm text-slate-600">
        {isError
          ? "The categories could not be loaded; reload the page to choose one."
          : "Where buyers browsing the marketplace will find your gig."}
      </p>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
