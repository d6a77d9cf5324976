"""Writing exact decimals as text: the one place a ``Decimal`` becomes a string.

Every layer uses these (the JSON result, finding messages, reports), so they sit at the
bottom of the package with no imports of ours.

>>> format_decimal(Decimal("1.72") * Decimal("1e12"))
'1720000000000'
>>> group_digits(Decimal("1720000000000"))
'1 720 000 000 000'
"""

from __future__ import annotations

from decimal import Decimal, localcontext


def format_decimal(value: Decimal) -> str:
    """Write a Decimal as fixed-point text: no exponent, no trailing zeros.

    >>> format_decimal(Decimal("5E+12"))
    '5000000000000'
    >>> format_decimal(Decimal("0.0100"))
    '0.01'
    >>> format_decimal(Decimal("-0"))
    '0'
    >>> format_decimal(Decimal("NaN"))
    Traceback (most recent call last):
    ...
    ValueError: Decimal('NaN'): not a finite number
    """
    if not value.is_finite():
        raise ValueError(f"{value!r}: not a finite number")
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def fixed_point(value: Decimal) -> Decimal:
    """The same value with no exponent and no trailing zeros, so that ``str`` reads plainly.

    >>> fixed_point(Decimal("2.6E+9")), fixed_point(Decimal("13.10")), fixed_point(Decimal("-0.0"))
    (Decimal('2600000000'), Decimal('13.1'), Decimal('0'))

    A whole number longer than the context's 28 digits keeps every digit:

    >>> fixed_point(Decimal("1E+28"))
    Decimal('10000000000000000000000000000')
    """
    if not value.is_finite():
        raise ValueError(f"{value!r}: not a finite number")
    if value == value.to_integral_value():
        with localcontext() as context:
            context.prec = max(context.prec, value.adjusted() + 2)
            return value.quantize(Decimal(1)) + 0  # "+ 0" turns -0 into 0
    return value.normalize()


def group_digits(value: Decimal | str) -> str:
    """A decimal with digit groups for reading.

    >>> group_digits(Decimal("-1234567.5"))
    '-1 234 567.5'
    >>> group_digits("12")
    '12'
    """
    text = format_decimal(value) if isinstance(value, Decimal) else str(value)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if "E" in whole.upper():
        return text
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + " ".join(groups) + (f".{fraction}" if fraction else "")
