"use client";

import { useState } from "react";

import { signOut } from "@/lib/auth/auth-client";
import { SIGN_IN_PATH } from "@/lib/navigation";

import { Button } from "./ui/button";

export function SignOutButton() {
  const [isSigningOut, setIsSigningOut] = useState(false);

  async function handleSignOut() {
    setIsSigningOut(true);
    await signOut();
    // A full page load drops every cached query of the previous user.
    window.location.assign(SIGN_IN_PATH);
  }

  return (
    <Button variant="secondary" isLoading={isSigningOut} onClick={handleSignOut}>
      Sign out
    </Button>
  );
}
