"use client";

import { useState } from "react";

import { signOut } from "@/lib/auth/auth-client";
import { SIGN_IN_PATH } from "@/lib/navigation";
import { haltKeepAlive } from "@/lib/session/keep-alive-gate";

import { Button } from "./ui/button";

export function SignOutButton() {
  const [isSigningOut, setIsSigningOut] = useState(false);

  async function handleSignOut() {
    setIsSigningOut(true);
    // No refresh may answer after sign-out: stop them and let one in flight land first.
    await haltKeepAlive();
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
