"""The timers' settings (DESIGN §13): validated at start, and the schedule their interval makes."""

import pytest

from app.core.config import Settings
from app.orders.timer_tasks import cron_every


def test_the_schedule_follows_the_interval() -> None:
    assert cron_every(1) == "* * * * * */1"
    assert cron_every(15) == "* * * * * */15"
    assert cron_every(60) == "* * * * *"
    assert cron_every(300) == "*/5 * * * *"


@pytest.mark.parametrize("value", [0, -1, 7, 61, 7200])
def test_intervals_that_do_not_fit_a_clock_are_refused(settings: Settings, value: int) -> None:
    with pytest.raises(ValueError, match=r"(?i)scheduler_interval_s"):
        Settings.model_validate({**settings.model_dump(), "scheduler_interval_s": value})


@pytest.mark.parametrize("field", ["unpaid_order_ttl_hours", "auto_complete_days"])
def test_periods_must_be_positive(settings: Settings, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        Settings.model_validate({**settings.model_dump(), field: 0})
