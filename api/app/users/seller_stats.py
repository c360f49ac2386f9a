"""Seller stats (DESIGN §14), kept current as things happen rather than recomputed for every listing: an order's
completion counts for its gig and its freelancer (on time when its first delivery came by its due date), and a
first reply to a message adds to its sender's response time."""

from typing import Protocol

# An order's completion, as CTEs of the statement that moves it (`app.orders.moves`): they read the CTE `moved`
# (the order's row as the move left it) and count only when the move happened. Its first delivery is read from
# the timeline the statement's snapshot holds, which the completing move's own event is not part of.
COMPLETION_CTES = """
    first_delivery AS (
        SELECT min(created_at) AS at FROM order_events
        WHERE order_id = %(order_id)s AND action = 'submit-work'
    ), gig_completed AS (
        UPDATE gigs SET orders_completed = orders_completed + 1
        FROM moved WHERE gigs.id = moved.gig_id
    ), seller_completed AS (
        UPDATE users SET
            completed_orders = completed_orders + 1,
            on_time_orders = on_time_orders
                + CASE WHEN (SELECT at FROM first_delivery) <= moved.due_at THEN 1 ELSE 0 END
        FROM moved WHERE users.id = moved.freelancer_id
    )"""

# A message's share of the sender's response time, as two CTEs of the statement that stores the message
# (`app.messages.statements`): the earliest message from the other person since the sender last wrote to them
# is the one this message answers. Reads %(sender_id)s and %(receiver_id)s and counts only when the CTE `stored`
# (the message's INSERT) wrote a row; the statement's snapshot does not yet hold the new message, so "last wrote"
# is the one before it.
REPLY_TIME_CTES = """
    waiting AS (
        SELECT min(created_at) AS since FROM messages
        WHERE sender_id = %(receiver_id)s AND receiver_id = %(sender_id)s
          AND created_at > coalesce((
              SELECT max(created_at) FROM messages
              WHERE sender_id = %(sender_id)s AND receiver_id = %(receiver_id)s
          ), '-infinity')
    ), replied AS (
        UPDATE users SET
            replies_count = replies_count + 1,
            replies_total_s = replies_total_s
                + GREATEST(0, round(extract(epoch FROM now() - waiting.since)))
        FROM waiting, stored
        WHERE users.id = %(sender_id)s AND waiting.since IS NOT NULL
    )"""


class SellerCounts(Protocol):
    """The counters of a user row the stats come from (a `User`, or a row read without the ORM)."""

    @property
    def completed_orders(self) -> int: ...
    @property
    def on_time_orders(self) -> int: ...
    @property
    def replies_total_s(self) -> int: ...
    @property
    def replies_count(self) -> int: ...


def seller_stats(user: SellerCounts) -> dict[str, float | int | None]:
    """What a profile shows: completed orders, the on-time share, and the typical first-reply time."""
    return {
        "completed_orders": user.completed_orders,
        "on_time_rate": round(user.on_time_orders / user.completed_orders, 3)
        if user.completed_orders
        else None,
        "response_time_s": user.replies_total_s // user.replies_count
        if user.replies_count
        else None,
    }
