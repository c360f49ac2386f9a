"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue } from "react";

import { TextField } from "@/components/ui/text-field";
import { MAX_TAGS, normalTag, parseTags } from "@/lib/gigs/tags";
import { discoveryQueries } from "@/queries/discovery";

interface TagsFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  name: string;
  error?: string;
}

/**
 * Up to five skills, comma-separated, with suggestions: the most used tags starting with what is
 * being typed (or the most used overall). Choosing one completes the word being typed.
 */
export function TagsField({ value, onChange, onBlur, name, error }: TagsFieldProps) {
  const typing = normalTag(value.split(",").at(-1) ?? "");
  const prefix = useDeferredValue(typing);
  const chosen = parseTags(value);
  const { data: suggestions = [] } = useQuery(discoveryQueries.tags(prefix));
  const offered = suggestions.filter((tag) => !chosen.includes(tag.name)).slice(0, 6);
  const full = chosen.length >= MAX_TAGS && typing === "";

  function choose(tag: string) {
    const done = value.split(",").slice(0, -1).map(normalTag).filter(Boolean);
    onChange([...new Set([...done, tag])].join(", ") + ", ");
  }

  return (
    <div className="space-y-2">
      <TextField
        label="Tags (optional)"
        name={name}
        value={value}
        autoComplete="off"
        placeholder="react, fastapi, figma"
        hint={`Up to ${MAX_TAGS} skills, separated by commas. Buyers filter by them.`}
        error={error}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        onBlur={onBlur}
      />
      {offered.length > 0 && !full ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">{typing ? "Matching tags:" : "Popular tags:"}</span>
          {offered.map((tag) => (
            <button
              key={tag.name}
              type="button"
              onClick={() => {
                choose(tag.name);
              }}
              className="min-h-8 rounded-full border border-slate-300 bg-white px-3 text-slate-800 hover:border-brand-500 hover:text-brand-800"
            >
              {tag.name}
              <span className="sr-only">, add this tag ({tag.gig_count} gigs)</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
