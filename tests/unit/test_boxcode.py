"""Box codes: generated with a check character that catches misreads; scans are normalised."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.rules.boxcode import (
    CHECK_ALPHABET,
    ParsedCode,
    box_code,
    normalise,
    parse,
)

numbers = st.from_regex(r"R[0-9]{10}", fullmatch=True)


@given(numbers, st.integers(1, 999))
def test_a_generated_code_parses_back(number: str, box_no: int) -> None:
    assert parse(box_code(number, box_no)) == ParsedCode(number, box_no)


@given(numbers, st.integers(1, 999), st.data())
def test_any_single_misread_character_is_caught(
    number: str, box_no: int, data: st.DataObject
) -> None:
    code = box_code(number, box_no)
    positions = [i for i, c in enumerate(code) if c != "-"]
    at = data.draw(st.sampled_from(positions))
    wrong = data.draw(st.sampled_from([c for c in CHECK_ALPHABET if c != code[at]]))
    garbled = code[:at] + wrong + code[at + 1 :]
    assert parse(garbled) is None


@given(numbers, st.integers(1, 999), st.data())
def test_swapping_two_neighbours_is_caught(number: str, box_no: int, data: st.DataObject) -> None:
    code = box_code(number, box_no)
    positions = [
        i for i in range(len(code) - 1) if "-" not in code[i : i + 2] and code[i] != code[i + 1]
    ]
    if not positions:
        return
    at = data.draw(st.sampled_from(positions))
    swapped = code[:at] + code[at + 1] + code[at] + code[at + 2 :]
    assert parse(swapped) is None


def test_known_code() -> None:
    assert box_code("R2611000020", 3) == CODE


CODE = "R2611000020-0037"


@pytest.mark.parametrize(
    "scanned",
    [
        " r2611000020-0037\r\n",
        "Ｒ２６１１００００２０－００３７",  # full-width, as a Chinese input method delivers it
        "R2611000020-0037\t",
    ],
)
def test_scans_are_normalised(scanned: str) -> None:
    assert normalise(scanned) == CODE
    assert parse(normalise(scanned)) == ParsedCode("R2611000020", 3)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "HELLO",
        "R2611000020-036",
        "R2611000020-0006",
        "R26110000200037",
        "2611000020-0037",
        "R2611000020-0036",  # wrong check character
    ],
)
def test_garbled_codes_do_not_parse(code: str) -> None:
    assert parse(code) is None


def test_box_numbers_are_bounded() -> None:
    with pytest.raises(ValueError, match="1 to 999"):
        box_code("R1", 1000)
