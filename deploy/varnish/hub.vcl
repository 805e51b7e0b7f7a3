vcl 4.1;
# Varnish in front of the hub's app servers (docs/performance.md).
#
# Anonymous pages are cached; a page published or unpublished in Wagtail is purged
# (hub.cache.purge sends PURGE for the page in every locale, its listings and home pages).
# A PURGE bans every cached variant of the path (?page=2, ?unavailable=fr…), any host.
# Everything else expires after the TTL below, which bounds how long menus, breadcrumbs
# and related links elsewhere can lag behind a publication.

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
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "private|no-store") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    if (bereq.url ~ "^/(static|media)/") {
        set beresp.ttl = 7d;
    } elsif (bereq.url ~ "^/[a-z]{2}/search/") {
        # Results change with every publication; purges do not list searches.
        set beresp.ttl = 1m;
    } elsif (beresp.status == 200 || beresp.status == 301 || beresp.status == 302
             || beresp.status == 404) {
        set beresp.ttl = 10m;
    }
    # Serve a stale copy for a while if the app servers are slow or down.
    set beresp.grace = 6h;
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
