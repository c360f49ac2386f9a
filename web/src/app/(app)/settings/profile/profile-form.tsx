"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { fieldProps, placeApiErrors } from "@/components/ui/form-binding";
import { TextAreaField, TextField } from "@/components/ui/text-field";
import { splitApiErrors } from "@/lib/api/errors";
import { userQueries, useUpdateProfile } from "@/queries/users";

import { AvatarField } from "./avatar-field";
import {
  PROFILE_FIELDS,
  profileSchema,
  profileUpdateFrom,
  profileValuesFrom,
  type ProfileValues,
} from "./profile-schema";

export function ProfileForm() {
  const { data: user } = useSuspenseQuery(userQueries.me());
  const updateProfile = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProfileValues>({
    resolver: zodResolver(profileSchema),
    defaultValues: profileValuesFrom(user),
  });
  const {
    handleSubmit,
    setError,
    reset,
    resetField,
    formState: { isDirty, isSubmitting },
  } = form;

  async function onSubmit(values: ProfileValues) {
    setFormError(null);
    try {
      const saved = await updateProfile.mutateAsync(profileUpdateFrom(values, user));
      // The saved row becomes the new baseline, so "Profile saved" shows until the next edit.
      reset(profileValuesFrom(saved));
    } catch (error) {
      setFormError(placeApiErrors(splitApiErrors(error, PROFILE_FIELDS), PROFILE_FIELDS, setError));
    }
  }

  const showSaved = updateProfile.isSuccess && !isDirty && !isSubmitting;

  return (
    <div className="space-y-8">
      <AvatarField
        onSaved={(saved) => {
          // The picture replaced any link: the link field follows, keeping the other edits.
          resetField("avatar_url", { defaultValue: profileValuesFrom(saved).avatar_url });
        }}
      />
      <form method="post" noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-6">
        <FormAlert message={formError} />
        <TextField label="Full name" autoComplete="name" {...fieldProps(form, "full_name")} />
        <TextAreaField
          label="Bio"
          hint="What you do, what you are good at. Up to 2000 characters."
          {...fieldProps(form, "bio")}
        />
        <TextField
          label="Avatar URL"
          type="url"
          inputMode="url"
          placeholder="https://…"
          hint="Or a link to a square picture of you elsewhere. Leave empty for none."
          {...fieldProps(form, "avatar_url")}
        />
        <TextAreaField
          label="Payment instructions"
          hint="Bank or mobile-wallet details clients use to pay you for an order."
          {...fieldProps(form, "payment_instructions")}
        />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
          <SubmitButton isLoading={isSubmitting}>Save changes</SubmitButton>
          <p role="status" className="text-sm font-medium text-green-700">
            {showSaved ? "Profile saved" : ""}
          </p>
        </div>
      </form>
    </div>
  );
}
