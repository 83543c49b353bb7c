"""Rich text shortened for a one-pager ends its last kept block with '…', never a bare '…'."""

from knowledge.templatetags.one_pager_tags import truncate_blocks


def test_a_cut_list_ends_in_its_last_item_not_in_an_empty_bullet():
    html = "<ul><li>een twee drie</li><li>vier vijf</li></ul>"
    assert truncate_blocks(html, 3) == "<ul><li>een twee drie …</li></ul>"


def test_a_cut_inside_a_paragraph_keeps_its_markup():
    assert truncate_blocks("<p>een <b>twee</b> drie vier</p>", 2) == "<p>een <b>twee</b> …</p>"


def test_text_within_the_limit_is_left_alone():
    html = "<p>een twee</p><ul><li>drie</li></ul>"
    assert truncate_blocks(html, 5) == html


def test_a_list_that_loses_every_item_goes_too():
    html = "<p>een twee drie</p><ul><li>vier</li></ul>"
    assert truncate_blocks(html, 3) == "<p>een twee drie …</p>"
