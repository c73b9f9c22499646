"""Discovery, services, the multilingual catalogue, forms with ETag / If-None-Match."""

from __future__ import annotations

import json

import pytest

from portal.demo.seed import DEFAULT_CATALOGUE
from tests.portal.contract import ContractClient


def test_services_are_wrapped_and_localized(client: ContractClient) -> None:
    response = client.get("/api/v1/services", headers={"Accept-Language": "bg, en;q=0.5"})
    body = response.json()
    assert response.headers["content-language"] == "bg"
    codes = {s["code"] for s in body["services"]}
    assert {"ro-urbanism-certificate", "md-criminal-record-certificate"} <= codes
    cazier = next(s for s in body["services"] if s["code"] == "md-criminal-record-certificate")
    assert cazier["name"].startswith("Свидетелство за съдимост")
    assert cazier["group_name"] == "Удостоверения и справки"


@pytest.mark.parametrize("kind", ["form", "petition", "appointment", "payment"])
def test_services_filter_by_kind(client: ContractClient, kind: str) -> None:
    services = client.get("/api/v1/services", params={"kind": kind}).json()["services"]
    assert services and {s["kind"] for s in services} == {kind}


def test_unknown_kind_is_400(client: ContractClient) -> None:
    assert client.get("/api/v1/services", params={"kind": "party"}).status_code == 400


def test_catalogue_endpoint_matches_the_offline_catalogue_file(client: ContractClient) -> None:
    response = client.get("/api/v1/catalogue")
    served = response.json()
    on_disk = json.loads(DEFAULT_CATALOGUE.read_text(encoding="utf-8"))
    assert served["groups"] == on_disk["groups"]
    assert served["services"] == on_disk["services"]
    again = client.get("/api/v1/catalogue", headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


def test_changeset_is_stable_and_shared(client: ContractClient) -> None:
    discovery = client.get("/api/v1/discovery").json()
    services = client.get("/api/v1/services").json()
    assert discovery["changeset"] == services["changeset"] != "empty"


def test_form_document_and_etag(client: ContractClient) -> None:
    response = client.get("/api/v1/services/ro-urbanism-certificate/form")
    assert response.status_code == 200
    form = response.json()
    assert form["schema"]["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert form["uischema"]["type"] == "Categorization"
    assert form["prefill"]["personal_id"] == "/cnp"
    etag = response.headers["etag"]

    cached = client.get(
        "/api/v1/services/ro-urbanism-certificate/form", headers={"If-None-Match": f"W/{etag}"}
    )
    stale = client.get(
        "/api/v1/services/ro-urbanism-certificate/form", headers={"If-None-Match": '"other"'}
    )
    assert cached.status_code == 304 and cached.headers["etag"] == etag and not cached.content
    assert stale.status_code == 200


def test_services_without_a_form_say_so(client: ContractClient) -> None:
    assert client.get("/api/v1/services/ro-id-card-appointment/form").status_code == 404
    assert client.get("/api/v1/services/nope/form").status_code == 404


def test_unknown_route_is_problem_json(client: ContractClient) -> None:
    response = client.get("/api/v1/services/ro-petition")
    assert response.status_code == 200
    assert client.get("/api/v1/openapi.yaml").text.startswith("openapi: 3.1")
