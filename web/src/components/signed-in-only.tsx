"use client";

import dynamic from "next/dynamic";

/*
 * What only a signed-in person's header holds, each in a chunk of its own that loads where it
 * renders. Most visitors of the public pages are signed out: their pages no longer download the
 * bell, the unread counts, the session keep-alive, or sign-out and the auth client behind it.
 * Still rendered on the server, so a signed-in page shows them at once; their chunks load with it.
 */

export const NotificationsMenu = dynamic(() =>
  import("./notifications/notifications-menu").then((module) => module.NotificationsMenu),
);

export const HeaderMessagesLink = dynamic(() =>
  import("./header-messages-link").then((module) => module.HeaderMessagesLink),
);

export const CurrentUserName = dynamic(() =>
  import("./current-user-name").then((module) => module.CurrentUserName),
);

export const SignOutButton = dynamic(() =>
  import("./sign-out-button").then((module) => module.SignOutButton),
);

export const UnreadMessagesCount = dynamic(() =>
  import("./messages/unread-messages-count").then((module) => module.UnreadMessagesCount),
);

export const SessionKeepAlive = dynamic(() =>
  import("./session-keep-alive").then((module) => module.SessionKeepAlive),
);
