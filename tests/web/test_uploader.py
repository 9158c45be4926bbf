"""The file uploader's words in the interface language (issue 13 item 2): the CSS that shows them."""

from __future__ import annotations

import pytest

from geo.web.uploader import uploader_css


def test_chinese_words_scoped_to_one_uploader() -> None:
    css = uploader_css("upload_files", ["txt", "pdf"], 20, "zh")
    assert css.startswith("<style>") and css.endswith("</style>") and css.count("</style>") == 1
    assert '"浏览文件"' in css and '"每个文件不超过 20 MB · TXT、PDF"' in css
    assert all(rule.startswith(".st-key-upload_files ") for rule in css[7:-8].split("}") if rule)


def test_english_keeps_streamlits_own_words() -> None:
    assert uploader_css("upload_files", ["txt"], 20, "en") == ""


@pytest.mark.parametrize("key", ["a b", "x{color:red}", "", "a'b"])
def test_a_key_that_is_not_a_plain_name_is_refused(key: str) -> None:
    with pytest.raises(ValueError):
        uploader_css(key, ["txt"], 20, "zh")
