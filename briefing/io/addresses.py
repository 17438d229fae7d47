"""Which hosts a fetch may reach when it fetches for others (``briefing serve``): only public
addresses, never loopback, private, link-local (the cloud metadata service at 169.254.169.254),
shared, multicast or reserved ones.

The check is made on the addresses a host name resolves to, and the connection is then made to
one of those very addresses, so a name that resolves to a public address for the check and a
private one for the connection (DNS rebinding) gets nowhere. fetch.py makes a new connection for
each redirect, so every hop is checked.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from briefing.errors import InputError

ALLOW_HINT = "the server fetches only public addresses (start it with --allow-private-urls to allow this)"
Address = ipaddress.IPv4Address | ipaddress.IPv6Address
SocketAddress = tuple[str, int] | tuple[str, int, int, int] | tuple[int, bytes]  # as getaddrinfo gives them


def is_public(address: Address) -> bool:
    """Whether ``address`` is on the public internet; an IPv4 address written as IPv6
    (``::ffff:127.0.0.1``) is judged as the IPv4 address it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def kind_of(address: Address) -> str:
    """What a refused address is, in a reader's words."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for kind, holds in (("a loopback", address.is_loopback), ("a link-local", address.is_link_local),
                        ("an unspecified", address.is_unspecified), ("a multicast", address.is_multicast),
                        ("a private", address.is_private)):
        if holds:
            return kind
    return "a non-public"


Policy = Callable[[Address], bool]  # whether an address may be reached


def public_addresses(
    host: str, port: int, *, source: str, allowed: Policy = is_public
) -> list[tuple[int, SocketAddress]]:
    """The addresses ``host`` resolves to, as (family, socket address), or InputError when any of
    them is not ``allowed`` (a name that resolves to both is refused: one try may reach either)."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)  # gaierror is an OSError: fetch reports it
    addresses = []
    for family, _, _, _, socket_address in found:
        address = ipaddress.ip_address(str(socket_address[0]).split("%", 1)[0])
        if not allowed(address):
            named = host if host == str(address) else f"{host} ({address})"
            raise InputError(f"refused: {named} is {kind_of(address)} address; {ALLOW_HINT}", source=source)
        addresses.append((int(family), socket_address))
    return addresses


def connect_public(
    host: str, port: int, timeout: float | None, *, source: str, allowed: Policy = is_public
) -> socket.socket:
    """A connection to ``host`` made to one of its checked public addresses."""
    error: OSError | None = None
    for family, socket_address in public_addresses(host, port, source=source, allowed=allowed):
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(socket_address)
            return sock
        except OSError as failure:
            sock.close()
            error = failure
    raise error or OSError(f"{host} has no address")
