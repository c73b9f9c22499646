"""Open311 GeoReport v2 conformance for the petition services."""

from __future__ import annotations

from typing import Any

from tests.portal.conftest import unique
from tests.portal.contract import ContractClient
from tests.portal.processes import RunningPortal, run_cli

V2 = "/open311/v2"


def petition_fields(api_key: str, **extra: str) -> dict[str, Any]:
    fields = {
        "api_key": api_key,
        "service_code": "ro-petition",
        "address_string": "Strada Horea, în dreptul nr. 12",
        "first_name": "Ion",
        "last_name": "Popescu",
        "email": "ion@example.ro",
        "description": "Groapă mare în asfalt, periculoasă pentru bicicliști.",
        "attribute[petition_type]": "report",
        "attribute[topic]": "roads",
        "attribute[reply_by]": "email",
        "attribute[consent]": "true",
    }
    fields.update(extra)
    return fields


def test_discovery_and_services(anonymous: ContractClient) -> None:
    discovery = anonymous.get(f"{V2}/discovery.json").json()
    assert discovery["endpoints"][0]["specification"] == "http://wiki.open311.org/GeoReport_v2"
    services = anonymous.get(f"{V2}/services.json", params={"locale": "uk"}).json()
    assert isinstance(services, list)
    assert {s["service_code"] for s in services} == {"ro-petition", "ua-mayor-internet-reception"}
    ua = next(s for s in services if s["jurisdiction_id"] == "UA")
    assert ua["service_name"] == "Звернення до інтернет-приймальні міського голови"
    only_ro = anonymous.get(f"{V2}/services.json", params={"jurisdiction_id": "RO"}).json()
    assert [s["service_code"] for s in only_ro] == ["ro-petition"]


def test_service_definition_lists_attributes(anonymous: ContractClient) -> None:
    definition = anonymous.get(f"{V2}/services/ro-petition.json").json()
    attributes = {a["code"]: a for a in definition["attributes"]}
    assert attributes["petition_type"]["datatype"] == "singlevaluelist"
    assert attributes["petition_type"]["required"] is True
    assert {v["key"] for v in attributes["topic"]["values"]} >= {"roads", "lighting"}
    assert "description" not in attributes  # a standard GeoReport field, not an attribute


def test_post_request_then_read_it_back(anonymous: ContractClient, portal: RunningPortal) -> None:
    created = anonymous.post(f"{V2}/requests.json", data=petition_fields(portal.token))
    assert created.status_code == 200
    [entry] = created.json()
    request_id = entry["service_request_id"]

    [found] = anonymous.get(f"{V2}/requests/{request_id}.json").json()
    [by_token] = anonymous.get(f"{V2}/tokens/{entry['token']}.json").json()
    listed = anonymous.get(f"{V2}/requests.json", params={"service_code": "ro-petition"}).json()

    assert found["status"] == "open"
    assert found["service_code"] == "ro-petition"
    assert by_token["service_request_id"] == request_id
    assert request_id in {r["service_request_id"] for r in listed}
    # Petitions are personal: the public listing shows no names, texts or addresses.
    for text in ("Popescu", "Groapă", "Horea", "ion@example.ro"):
        assert text not in str(listed) and text not in str(found)

    run_cli("set-status", request_id, "resolved", "--note", "Reparat", "--db", portal.db)
    [closed] = anonymous.get(f"{V2}/requests/{request_id}.json").json()
    assert closed["status"] == "closed" and closed["status_notes"] == "Reparat"
    closed_ids = {
        r["service_request_id"]
        for r in anonymous.get(f"{V2}/requests.json", params={"status": "closed"}).json()
    }
    assert request_id in closed_ids


def test_errors_are_code_description_arrays(
    anonymous: ContractClient, portal: RunningPortal
) -> None:
    bad_key = anonymous.post(f"{V2}/requests.json", data=petition_fields("wrong"))
    no_location = petition_fields(portal.token)
    del no_location["address_string"]
    missing_location = anonymous.post(f"{V2}/requests.json", data=no_location)
    bad_attribute = anonymous.post(
        f"{V2}/requests.json",
        data=petition_fields(portal.token, **{"attribute[topic]": "weather"}),
    )
    unknown = anonymous.get(f"{V2}/requests/1999-000001.json")

    assert bad_key.status_code == 403
    assert missing_location.status_code == 400
    assert bad_attribute.status_code == 400
    assert "attribute[topic]" in bad_attribute.json()[0]["description"]
    assert unknown.status_code == 404
    for response in (bad_key, missing_location, bad_attribute, unknown):
        [error] = response.json()
        assert error["code"] == response.status_code and error["description"]


def test_api_petitions_show_up_in_open311(
    client: ContractClient, anonymous: ContractClient
) -> None:
    body = {
        "service_code": "ua-mayor-internet-reception",
        "form_version": "2026.1",
        "locale": "uk",
        "client_reference": unique("ref"),
        "applicant": {"given_names": "Олена", "surname": "Коваль", "source": "typed"},
        "data": {
            "appeal_type": "proposal",
            "topic": "green",
            "subject": "Лавки в сквері",
            "description": "Прошу встановити лавки в сквері біля бібліотеки.",
            "surname": "Коваль",
            "given_names": "Олена",
            "postal_address": "м. Миколаїв, вул. Соборна, 5, кв. 2",
            "reply_by": "email",
            "email": "olena@example.ua",
            "consent": True,
        },
    }
    created = client.post(
        "/api/v1/submissions", json=body, headers={"Idempotency-Key": unique("key")}
    ).json()
    request_id = created["registration_number"].replace("/", "-")
    [entry] = anonymous.get(f"{V2}/requests/{request_id}.json").json()
    assert entry["agency_responsible"] == "Миколаївська міська рада"
