"""Fetching for others (briefing serve): only public addresses, judged on what a host name
resolves to, at the first request and at every redirect."""

import ipaddress

import pytest
from briefing.errors import InputError
from briefing.io.addresses import is_public
from briefing.io.fetch import fetch

from conftest import SAMPLE
from test_fetch import answer


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "fe80::1",
    "fd00:ec2::254", "0.0.0.0", "::", "100.64.0.1", "224.0.0.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
])
def test_loopback_private_link_local_and_metadata_addresses_are_not_public(address):
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "::ffff:8.8.8.8"])
def test_public_addresses_are(address):
    assert is_public(ipaddress.ip_address(address))


def test_a_loopback_address_is_refused_before_any_request(raw_server):
    server = raw_server(lambda request: answer(body=SAMPLE.read_bytes()))
    with pytest.raises(InputError) as caught:
        fetch(server.url, max_bytes=1_000_000, public_only=True)
    assert str(caught.value) == (
        f"{server.url}: refused: 127.0.0.1 is a loopback address; the server fetches only public addresses "
        "(start it with --allow-private-urls to allow this)")
    assert server.requests == []


def test_a_name_is_judged_by_the_address_it_resolves_to(raw_server):
    server = raw_server(lambda request: answer(body=SAMPLE.read_bytes()))
    url = server.url.replace("127.0.0.1", "localhost")
    with pytest.raises(InputError, match=r"refused: localhost \((127\.0\.0\.1|::1)\) is a loopback address"):
        fetch(url, max_bytes=1_000_000, public_only=True)
    assert server.requests == []


def test_every_redirect_is_checked_again(raw_server):
    """The first host is allowed here (a stand-in for a public one); its redirect to another
    address is not, and nothing is sent there."""
    target = raw_server(lambda request: answer(body=SAMPLE.read_bytes()))
    port = target.url.rsplit(":", 1)[1]
    first = raw_server(lambda request: answer("302 Found", headers=[("Location", f"http://127.0.0.2:{port}/")]))
    only_first = {ipaddress.ip_address("127.0.0.1")}.__contains__
    with pytest.raises(InputError) as caught:
        fetch(first.url, max_bytes=1_000_000, public_only=True, allowed=only_first)
    assert "refused: 127.0.0.2 is a loopback address" in str(caught.value)
    assert first.requests == ["GET / HTTP/1.1"]
    assert target.requests == []


def test_an_allowed_address_is_fetched_as_before(raw_server):
    server = raw_server(lambda request: answer(body=SAMPLE.read_bytes()))
    page = fetch(server.url, max_bytes=1_000_000, public_only=True, allowed=lambda address: address.is_loopback)
    assert page.data == SAMPLE.read_bytes()
