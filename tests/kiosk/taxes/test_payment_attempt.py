"""One idempotency key per payment attempt: retries reuse it, a new choice gets a new one."""

import itertools

from kiosk.taxes.payment_attempt import PaymentAttempts


def _numbered() -> PaymentAttempts:
    counter = itertools.count(1)
    return PaymentAttempts(lambda: f"key-{next(counter)}")


def test_a_retry_of_the_same_choice_reuses_the_key() -> None:
    attempts = _numbered()
    assert attempts.key_for(["a", "b"]) == "key-1"
    assert attempts.key_for(["b", "a"]) == "key-1"  # same obligations, any order


def test_a_different_choice_is_a_different_order() -> None:
    attempts = _numbered()
    attempts.key_for(["a", "b"])
    assert attempts.key_for(["a"]) == "key-2"


def test_after_expiry_or_payment_the_next_attempt_is_new() -> None:
    attempts = _numbered()
    attempts.key_for(["a"])
    attempts.finished()
    assert attempts.key_for(["a"]) == "key-2"


def test_real_keys_are_unique() -> None:
    assert PaymentAttempts().key_for(["a"]) != PaymentAttempts().key_for(["a"])
