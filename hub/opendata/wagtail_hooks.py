from wagtail import hooks

from hub.core.listing import ListingMixin


# order=1: inside Wagtail's own ``check_view_restrictions`` (order 0), so a private
# listing stays private in every format.
@hooks.register("on_serve_page", order=1)
def serve_listing_data(serve_page):
    """``?format=csv|json|rss|atom`` on a listing page: its results as data or a feed.

    ``on_serve_page`` rather than ``before_serve_page``, which ignores streaming responses
    (they are not ``HttpResponse`` instances).
    """

    def serve(page, request, serve_args, serve_kwargs):
        if "format" in request.GET and isinstance(page, ListingMixin):
            from .views import listing_data

            return listing_data(request, page)
        return serve_page(page, request, serve_args, serve_kwargs)

    return serve
