vcl 4.1;
# Wijkkompas at the edge: Varnish in front of gunicorn (docs/caching.md).
#
# The application decides what may be shared: a public page comes with
#   Cache-Control: public, max-age=<browser>, s-maxage=<edge TTL>
#   Surrogate-Key: page-12 page-40 list-methodpage nav footer all ...
# and this VCL keeps exactly those responses (and static files), indexed by their keys with the
# xkey vmod, until the application purges a key (a PURGE request with an `xkey-purge` header,
# sent by knowledge.edge.backends.XkeyBackend once a change is committed) or the TTL ends.
# Everything else (search, forms, the admin, previews, private pages) goes to the application.

import std;
import xkey;
import directors;

# The application nodes: a generated file (deploy/stack.py writes it; in a deployment, write your
# own from deploy/varnish/backends.vcl.example) that defines the backends and, in vcl_init, a
# round-robin director named `app`.
include "backends.vcl";

# Who may purge: the application nodes. Keep this to addresses you trust.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = app.backend();
    # Set by vcl_miss and vcl_backend_response below, never by a client.
    unset req.http.X-Edge-Fetch;
    unset req.http.X-Edge-Reader-Cookies;

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            # Hard purge: the next reader of every response with one of these keys gets it fresh.
            set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.X-Purged));
        }
        # A single URL, as Wagtail's own HTTP backend asks for it.
        return (purge);
    }

    # A reader's own requests: forms sent, the admin and its previews, the Django admin.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)(/|\?|$)") {
        return (pass);
    }
    # A message waiting for this reader (after sending a form) is in a cookie: let it be shown.
    if (req.http.Cookie ~ "(^|;\s*)messages=" || req.http.Authorization) {
        return (pass);
    }
    # A page kept past its TTL is only served (for up to beresp.grace) while the application
    # cannot answer; otherwise at most a few seconds, while its fresh copy is fetched.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    # Everything else is looked up by URL, whatever cookies come with it: a public page is the
    # same for every reader, an editor's session cookie included. The cookies stay with the
    # request; vcl_backend_fetch decides whether the application sees them.
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # http and https are different answers (one is a redirect to the other).
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_miss {
    # A miss (or a hit-for-miss): what comes back may be kept for everyone.
    set req.http.X-Edge-Fetch = "shared";
}

sub vcl_pass {
    unset req.http.X-Edge-Fetch;
}

sub vcl_backend_fetch {
    # A miss is fetched as an anonymous reader would ask for it, so that what comes back can be
    # shared. The reader's cookies are held back (in a header of our own) in case the answer
    # turns out to depend on the reader; then the fetch is retried with them (vcl_backend_response
    # gives them back and marks the request X-Edge-Reader-Cookies).
    if (bereq.http.X-Edge-Fetch && bereq.http.Cookie && !bereq.http.X-Edge-Reader-Cookies) {
        set bereq.http.X-Held-Cookie = bereq.http.Cookie;
        unset bereq.http.Cookie;
    }
}

sub vcl_backend_response {
    if (bereq.http.X-Edge-Fetch && !bereq.http.X-Edge-Reader-Cookies && beresp.status == 200
            && beresp.http.Surrogate-Key && !beresp.http.Set-Cookie) {
        # Shareable: index it by its keys. The TTL comes from s-maxage.
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        # Browsers get `Vary: Cookie` (a logged-in editor sees a page with the editor's bar);
        # the edge keeps one copy for everyone, because it only ever fetches as a reader.
        if (beresp.http.Vary) {
            set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\s*Cookie\s*(?=,|$)", "");
            set beresp.http.Vary = regsub(beresp.http.Vary, "^,\s*", "");
            if (beresp.http.Vary == "") {
                unset beresp.http.Vary;
            }
        }
        # Served stale only while the application is down (vcl_hit).
        set beresp.grace = 6h;
        return (deliver);
    }
    if (bereq.url ~ "^/static/" && beresp.status == 200) {
        unset beresp.http.Set-Cookie;
        set beresp.ttl = 1d;
        return (deliver);
    }
    # Not for sharing. When it depends on the reader (`private`: a private page, a form with its
    # CSRF token) and the reader's cookies were held back, ask again with them, and let its
    # readers go straight through with their cookies for a while (hit-for-pass).
    if (beresp.http.Cache-Control ~ "private") {
        if (bereq.http.X-Held-Cookie && !bereq.http.X-Edge-Reader-Cookies) {
            set bereq.http.Cookie = bereq.http.X-Held-Cookie;
            unset bereq.http.X-Held-Cookie;
            set bereq.http.X-Edge-Reader-Cookies = "1";
            return (retry);
        }
        return (pass(120s));
    }
    # Anything else (search, a 404, an error) is fetched anew for each reader without waiting
    # for the others (hit-for-miss): the next answer may be kept again, say once a page that
    # was missing is published.
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
}

sub vcl_backend_error {
    # A node that cannot be reached (killed, restarting, its machine gone) is taken out by the
    # health probe within seconds (backends.vcl); until then a read it failed is asked of the
    # director again, which hands it to the next node. Only reads: a form sent (POST) is never
    # sent twice, its sender gets the error and may send it again.
    if ((bereq.method == "GET" || bereq.method == "HEAD") && bereq.retries < 2) {
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for the edge alone.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
}
