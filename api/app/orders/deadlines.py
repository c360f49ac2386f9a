"""The timers' deadlines (DESIGN §13), counted from when an order's status last changed.

One `Deadlines` per process, from the settings: the sweeps (app/orders/timers.py) ask it which orders are
due, and every order response shows the same instants as `expires_at` / `auto_completes_at`.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from starlette.requests import HTTPConnection

from app.core.config import Settings, app_settings
from app.models import Order
from app.orders.statuses import OrderStatus

# Reminders go out this long before a deadline; a period shorter than twice this is reminded halfway.
REMINDER_LEAD = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class Deadlines:
    unpaid_ttl: timedelta  # PENDING_PAYMENT this long → cancelled (`expire`)
    auto_complete_after: timedelta  # SUBMITTED this long, undisputed → completed (`auto-complete`)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Deadlines":
        return cls(
            unpaid_ttl=timedelta(hours=settings.unpaid_order_ttl_hours),
            auto_complete_after=timedelta(days=settings.auto_complete_days),
        )

    def period(self, status: OrderStatus) -> timedelta | None:
        """How long an order may stay in `status` before the system moves it; None when it may stay."""
        if status is OrderStatus.PENDING_PAYMENT:
            return self.unpaid_ttl
        if status is OrderStatus.SUBMITTED:
            return self.auto_complete_after
        return None

    def expires_at(self, order: Order, *, has_open_dispute: bool) -> datetime | None:
        """None while a dispute is open (for both timers): the admin settles the order, not the clock."""
        if order.status is not OrderStatus.PENDING_PAYMENT or has_open_dispute:
            return None
        return order.status_changed_at + self.unpaid_ttl

    def auto_completes_at(self, order: Order, *, has_open_dispute: bool) -> datetime | None:
        if order.status is not OrderStatus.SUBMITTED or has_open_dispute:
            return None
        return order.status_changed_at + self.auto_complete_after


def reminder_lead(period: timedelta) -> timedelta:
    return min(REMINDER_LEAD, period / 2)


def order_deadlines(conn: HTTPConnection) -> Deadlines:
    """The dependency: the deadlines of the settings the running app was built with."""
    return Deadlines.from_settings(app_settings(conn))
