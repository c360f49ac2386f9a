"""Request and response shapes of email preferences and one-click unsubscribe."""

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from app.email.kinds import Preference


class EmailPreferences(BaseModel):
    """Which optional mail the person gets; account mail (verification, password reset) always goes."""

    order_updates: bool = Field(description="Mail about each step of your orders.")
    messages: bool = Field(description="A mail when a message waits unread for 10 minutes.")
    reminders: bool = Field(description="Reminders before an order's deadline.")


class EmailPreferencesUpdate(BaseModel):
    """A partial change: the switches given are set, the others stay. `null` is not a setting (422)."""

    model_config = ConfigDict(extra="forbid")

    # No `| None`: an omitted switch is left alone, an explicit null is refused by the type. The None
    # default only marks "not sent" (validate_default=False keeps it out of validation), which the
    # checker cannot see: hence the ignores below.
    order_updates: StrictBool = Field(default=None, validate_default=False)  # type: ignore[assignment]
    messages: StrictBool = Field(default=None, validate_default=False)  # type: ignore[assignment]
    reminders: StrictBool = Field(default=None, validate_default=False)  # type: ignore[assignment]


class UnsubscribeOut(BaseModel):
    preference: Preference = Field(description="The switch the link names.")
    subscribed: bool = Field(description="Whether that mail is still sent.")
