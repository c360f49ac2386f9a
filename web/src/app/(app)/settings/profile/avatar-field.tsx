"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Image from "next/image";
import { useId, useState } from "react";

import { FileDropZone } from "@/components/files/file-drop-zone";
import { UploadRow } from "@/components/files/upload-row";
import { useUploads } from "@/components/files/use-uploads";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import type { CurrentUser } from "@/lib/api/types";
import { ApiError } from "@/lib/api/errors";
import { userQueries, useUpdateProfile } from "@/queries/users";

function problemOf(error: unknown): string {
  if (error instanceof ApiError) return error.fieldIssues[0]?.message ?? error.message;
  return "We could not reach DevMarket. Check your connection and try again.";
}

/**
 * The profile picture, saved on its own (not with the form below): pick an image, watch it
 * upload, check the preview, then save it, or remove the one there is. The API keeps the picture
 * (PATCH /users/me `avatar_file_id`) and serves its thumbnail as `avatar_url`.
 */
export function AvatarField({ onSaved }: { onSaved: (user: CurrentUser) => void }) {
  const { data: user } = useSuspenseQuery(userQueries.me());
  const updateProfile = useUpdateProfile();
  const picked = useUploads({ max: 1, imagesOnly: true });
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const labelId = useId();
  const item = picked.items[0];
  const ready = picked.stored[0];

  async function save(avatarFileId: string | null, done: string) {
    setProblem(null);
    setStatus("");
    try {
      const saved = await updateProfile.mutateAsync({ avatar_file_id: avatarFileId });
      picked.clear();
      setStatus(done);
      onSaved(saved);
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  return (
    <div role="group" aria-labelledby={labelId} className="space-y-3">
      <p id={labelId} className="text-sm font-medium text-slate-900">
        Profile picture
      </p>
      <FormAlert message={problem} />
      <div className="flex flex-wrap items-center gap-4">
        {item?.previewUrl ? (
          <Image
            src={item.previewUrl}
            alt="Your new profile picture"
            width={80}
            height={80}
            unoptimized
            className="size-20 rounded-full bg-slate-200 object-cover"
          />
        ) : (
          <Avatar name={user.full_name} url={user.avatar_url} size="lg" />
        )}
        <div className="flex flex-wrap gap-2">
          {ready ? (
            <Button
              isLoading={updateProfile.isPending}
              onClick={() => void save(ready.id, "Profile picture saved")}
            >
              Save picture
            </Button>
          ) : (
            <FileDropZone
              compact
              buttonLabel={user.avatar_url ? "Change picture" : "Choose a picture"}
              hint="A PNG, JPEG, WebP or GIF image, at most 10 MB. A square one looks best."
              imagesOnly
              multiple={false}
              disabled={item !== undefined}
              onFiles={picked.add}
            />
          )}
          {user.avatar_url && !item ? (
            <Button
              variant="ghost"
              isLoading={updateProfile.isPending}
              onClick={() => void save(null, "Profile picture removed")}
            >
              Remove picture
            </Button>
          ) : null}
        </div>
      </div>
      {item ? <UploadRow item={item} onRemove={picked.remove} /> : null}
      <p role="status" className="text-sm font-medium text-green-700">
        {status}
      </p>
    </div>
  );
}
