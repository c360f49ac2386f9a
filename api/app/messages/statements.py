"""The two statements that send a message, written once (driver SQL, no per-call compilation).

1. `CHECKS`: the sender's turn (an advisory lock until commit, so concurrent posts are counted one after
   another), the transaction's `now()` (what the message's and its notification's `created_at` will be), the
   sender as the receiver sees them with what `CurrentUser` refuses them for (so the route needs no read of its
   own), the receiver's ban flag and, with an order, its parties. NULLs say "not found".
2. `STORE`: counts the sender's last minute — in a statement of its own after the lock, so it sees every post
   committed before this one took its turn — and only under the limit stores the message, its share of the
   sender's response time, and the receiver's notification. Returns the count and the notification's id.
"""

from app.users.seller_stats import REPLY_TIME_CTES

CHECKS = """
SELECT pg_advisory_xact_lock(hashtextextended(%(turn)s, 0)) AS turn,
       now() AS now,
       sender.full_name, sender.avatar_url, sender.is_banned, sender.tokens_valid_after,
       EXISTS (
           SELECT FROM revoked_sessions
           WHERE user_id = sender.id AND auth_time = %(auth_time)s
       ) AS session_revoked,
       (SELECT is_banned FROM users WHERE id = %(receiver_id)s) AS receiver_banned,
       (SELECT ARRAY[client_id, freelancer_id] FROM orders WHERE id = %(order_id)s) AS order_parties
FROM (SELECT) AS one LEFT JOIN users AS sender ON sender.id = %(sender_id)s
"""

# Constants only: no input reaches the text, every value is a parameter.
STORE = f"""
WITH recent AS (
    SELECT count(*) AS sent FROM messages
    WHERE sender_id = %(sender_id)s AND created_at > now() - make_interval(secs => %(window_s)s)
), stored AS (
    INSERT INTO messages (id, sender_id, receiver_id, order_id, content, files)
    SELECT %(id)s, %(sender_id)s, %(receiver_id)s, %(order_id)s, %(content)s, CAST(%(files)s AS jsonb)
    FROM recent WHERE sent < %(limit)s
    RETURNING id
), {REPLY_TIME_CTES}, notified AS (
    INSERT INTO notifications (user_id, kind, payload)
    SELECT %(receiver_id)s, %(kind)s, CAST(%(payload)s AS jsonb) FROM stored
    RETURNING id
)
SELECT recent.sent, (SELECT id FROM notified) AS notification_id FROM recent
"""  # noqa: S608
