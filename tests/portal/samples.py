"""Valid request bodies for the demo services (tests tweak them to make them invalid)."""

from __future__ import annotations

from typing import Any

from portal.demo.obligations import DEMO_CNP, DEMO_IDNP


def tax_certificate_request(client_reference: str) -> dict[str, Any]:
    return {
        "service_code": "ro-tax-certificate",
        "form_version": "2026.1",
        "locale": "ro",
        "client_reference": client_reference,
        "applicant": {
            "given_names": "Ion",
            "surname": "Popescu",
            "personal_id": DEMO_CNP,
            "source": "mrz",
        },
        "contact": {"phone": "0722 123 456"},
        "data": {
            "given_names": "Ion",
            "surname": "Popescu",
            "cnp": DEMO_CNP,
            "street": "Strada Horea",
            "house_number": "12",
            "purpose": "sale",
            "assets": ["building", "land"],
            "phone": "0722 123 456",
            "consent": True,
        },
    }


def civil_status_request(client_reference: str) -> dict[str, Any]:
    return {
        "service_code": "md-civil-status-certificate",
        "form_version": "2026.1",
        "locale": "ru",
        "client_reference": client_reference,
        "applicant": {"given_names": "Ana", "surname": "Rusu", "source": "typed"},
        "data": {
            "given_names": "Ana",
            "surname": "Rusu",
            "idnp": DEMO_IDNP,
            "certificate_type": "birth",
            "relationship": "child",
            "record_surname": "Rusu",
            "record_given_names": "Maria",
            "event_date": "2015-04-02",
            "event_place": "Ungheni",
            "delivery": "counter",
            "consent": True,
        },
    }
