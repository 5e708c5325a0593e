"""Text longer than its column is refused with a sentence, on SQLite (which would keep it) and on
PostgreSQL (which would fail the transaction with a driver error), and nothing is changed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.errors import InvalidInput, NotFound
from desktop.core.rules.roles import OrgKind
from desktop.core.services.admin.orgs import OrgForm, get_org, save_org
from desktop.core.services.kernel.actor import Actor
from desktop.core.store.db import Database
from desktop.ui.i18n import tr


def test_an_over_long_name_is_refused_in_words_and_nothing_changes(demo_db: Database,
                                                                    admin: Actor) -> None:
    dealer = save_org(demo_db, admin, OrgForm("D-LEN01", "长度测试照明", OrgKind.DEALER, "R-EAST"))
    long_name = "上海明辉照明经营部" * 14  # 126 characters; the column keeps 120
    with pytest.raises(InvalidInput) as refused:
        save_org(demo_db, admin, replace(dealer.as_form(), name=long_name))
    assert refused.value.field_name == "name"
    text = tr(refused.value.message)
    assert text.startswith("“上海明辉照明经营部")
    assert "120" in text
    assert "126" in text
    assert get_org(demo_db, admin, "D-LEN01").name == "长度测试照明"


def test_a_new_record_with_an_over_long_field_is_not_created(demo_db: Database,
                                                             admin: Actor) -> None:
    with pytest.raises(InvalidInput) as refused:
        save_org(demo_db, admin, OrgForm("D-LEN02", "长度测试", OrgKind.DEALER, "R-EAST",
                                         phone="0" * 41))
    assert refused.value.field_name == "phone"
    with pytest.raises(NotFound):
        get_org(demo_db, admin, "D-LEN02")
