"""Template filters and tags for the content of pages."""

from django import template

register = template.Library()


@register.filter
def shown_to_readers(page):
    """The page when every reader may see it (live, no view restriction on it or above it), else
    None. A live page linking to a draft or private one (a case study's method) must not print
    that page's title or address."""
    if page is None or not page.live or page.get_view_restrictions().exists():
        return None
    return page


@register.tag
def fact(parser, token):
    """`{% fact label %}value{% endfact %}`: one row of a page's facts (the `<dl class="profile">`
    of a page and of its one-pager), drawn by components/fact_row.html."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the label")
    nodelist = parser.parse(("endfact",))
    parser.delete_first_token()
    return FactNode(parser.compile_filter(bits[1]), nodelist)


class FactNode(template.Node):
    def __init__(self, label, nodelist):
        self.label = label
        self.nodelist = nodelist

    def render(self, context):
        row = context.template.engine.get_template("components/fact_row.html")
        # The rendered value is already escaped: NodeList.render returns a SafeString.
        with context.push(label=self.label.resolve(context), value=self.nodelist.render(context)):
            return row.render(context)
