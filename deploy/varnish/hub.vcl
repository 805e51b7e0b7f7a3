vcl 4.1;
# Varnish in front of the hub's app servers (docs/performance.md).
#
# The app servers say what may be cached and for how long (Cache-Control, hub.cache.headers):
# anonymous pages `public, s-maxage=…, stale-while-revalidate=…`, which Varnish turns into the
# object's TTL and grace; private and password-protected pages, and anything for a signed-in
# user, `private, no-store`, never stored here. No TTL is fixed in this file.
# A page published, unpublished, moved, or whose privacy changes in Wagtail is purged
# (hub.cache.purge sends PURGE for the page in every locale, its listings and home pages).
# A PURGE bans every cached variant of the path (?page=2, ?unavailable=fr…), any host.

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-url-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors, the admin, previews and the JSON API are never cached.
    if (req.url ~ "^/(admin|documents|api)/" || req.http.Authorization
        || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anonymous readers: cookies (analytics, csrftoken) play no part in the page.
    unset req.http.Cookie;
    # Strip tracking parameters so they share one cached copy.
    set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|fbclid|gclid)=[^&]*", "\1");
    set req.url = regsub(req.url, "[?&]+$", "");
    return (hash);
}

sub vcl_backend_response {
    # Remembered on the object so that a PURGE can ban it whatever its query string.
    set beresp.http.x-url-path = regsub(bereq.url, "\?.*$", "");
    # Private answers, answers that set a cookie, and answers that do not say they may be
    # shared are never stored (a short hit-for-miss: the next request goes to the backend).
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
        || beresp.http.Cache-Control !~ "(?i)s-maxage|public|max-age=[1-9]") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # TTL (s-maxage, else max-age) and grace (stale-while-revalidate) come from the
    # backend's Cache-Control, as Varnish reads it before this subroutine.
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
