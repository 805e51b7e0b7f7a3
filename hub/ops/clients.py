"""The real client address behind the hub's proxies, in one place: every abuse limit (the
admin login lockout, the request rate limits of ``hub.ops.limits``) counts by it.

``X-Forwarded-For`` is believed only from a trusted proxy (``TRUSTED_PROXIES``: addresses
or networks, ``*`` for any) and for at most ``TRUSTED_PROXY_COUNT`` hops, read from the
right: each proxy appends the address it received the request from, so what a client
writes into the header itself stays on the left and is never read. The shipped Varnish
(deploy/varnish) is one proxy on 127.0.0.1 and appends the client's address.

A request that comes through a Unix socket has no address (``REMOTE_ADDR`` is empty): only
a process on the machine can send one, so it counts as a trusted proxy. A request with no
address to be found is counted as ``UNKNOWN``, a valid address (axes stores it in an address
column).
"""

import ipaddress
from functools import lru_cache

from django.conf import settings

UNKNOWN = "0.0.0.0"


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies if proxy != "*")


def _trusted(address):
    proxies = tuple(settings.TRUSTED_PROXIES)
    if address is None:  # a Unix socket: a local process
        return True
    if "*" in proxies:
        return True
    return any(address in network for network in _networks(proxies))


def _parse(value):
    value = value.strip()
    if value.count(":") == 1:  # "203.0.113.7:5123": some proxies add the port
        value = value.split(":")[0]
    try:
        return ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return None


def client_ip(request):
    """The client's address as a string: always an IPv4 or IPv6 address."""
    remote = request.META.get("REMOTE_ADDR") or ""
    client = _parse(remote) if remote else None
    if remote and client is None:
        return UNKNOWN  # not an address
    hops = int(settings.TRUSTED_PROXY_COUNT)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for value in reversed(forwarded):
        if hops <= 0 or not _trusted(client):
            break
        address = _parse(value)
        if address is None:
            break
        client = address
        hops -= 1
    if client is None:
        return UNKNOWN
    if client.version == 6 and client.ipv4_mapped:
        client = client.ipv4_mapped
    return str(client)
