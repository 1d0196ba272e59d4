"""Outlets by web address, for pages and records that name no publisher."""

from __future__ import annotations

from urllib.parse import urlsplit

HOSTS = {
    "nrk.no": "NRK",
    "vg.no": "VG",
    "aftenposten.no": "Aftenposten",
    "dagbladet.no": "Dagbladet",
    "db.no": "Dagbladet",
    "tv2.no": "TV 2",
    "e24.no": "E24",
    "dn.no": "Dagens Næringsliv",
    "bt.no": "Bergens Tidende",
    "aftenbladet.no": "Stavanger Aftenblad",
    "adressa.no": "Adresseavisen",
    "ba.no": "Bergensavisen",
    "nettavisen.no": "Nettavisen",
    "abcnyheter.no": "ABC Nyheter",
    "dagsavisen.no": "Dagsavisen",
    "klassekampen.no": "Klassekampen",
    "vl.no": "Vårt Land",
    "nordlys.no": "Nordlys",
    "itromso.no": "iTromsø",
    "fvn.no": "Fædrelandsvennen",
    "f-b.no": "Fredrikstad Blad",
    "smp.no": "Sunnmørsposten",
    "t-a.no": "Trønder-Avisa",
    "oa.no": "Oppland Arbeiderblad",
    "framtida.no": "Framtida",
    "dagogtid.no": "Dag og Tid",
    "nynorsk.no": "Nynorsk pressekontor",
    "ntb.no": "NTB",
    "forskning.no": "forskning.no",
    "p4.no": "P4",
}


def outlet_of_url(url: str | None) -> str | None:
    """The outlet whose site ``url`` is on, when it is one sitat knows."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    parts = host.split(".")
    for start in range(len(parts) - 1):
        found = HOSTS.get(".".join(parts[start:]))
        if found:
            return found
    return None
