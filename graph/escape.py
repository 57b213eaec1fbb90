"""Text a document wrote, made safe for where it goes: XML, spreadsheets, terminals.

>>> xml_safe("a\\x00b\\ufffe")
'a\\ufffdb\\ufffd'
>>> csv_safe("=HYPERLINK(\\"http://x\\")"), csv_safe("-2"), csv_safe(-2)
('\\'=HYPERLINK("http://x")', "'-2", -2)
>>> terminal_safe("red \\x1b[31m bell \\x07")
'red \\\\x1b[31m bell \\\\x07'
"""

from __future__ import annotations

import re
from typing import Any

# XML 1.0 allows tab, newline, carriage return and these ranges; nothing else, not even escaped
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# C0 controls but tab and newline, DEL, C1 controls: what a terminal may act on
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# a cell starting so is a formula to Excel, LibreOffice and Google Sheets (OWASP: CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def xml_safe(value: Any) -> Any:
    """A string with the characters XML cannot hold replaced by U+FFFD; other values as given."""
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def csv_safe(value: Any) -> Any:
    """A string a spreadsheet shows as text: a formula prefix quoted with ``'``, controls shown."""
    if not isinstance(value, str):
        return value
    value = terminal_safe(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def terminal_safe(value: str) -> str:
    """Control characters (escape sequences, bells, NUL) shown as ``\\xNN``, not sent raw."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
