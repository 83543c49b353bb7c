# The two application containers of deploy/compose/compose.yaml, for wijkkompas.vcl.
probe app_health {
    .url = "/health/";
    .interval = 5s;
    .timeout = 2s;
    .window = 5;
    .threshold = 3;
}

backend app1 { .host = "app1"; .port = "8000"; .probe = app_health; }
backend app2 { .host = "app2"; .port = "8000"; .probe = app_health; }

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app1);
    app.add_backend(app2);
}
