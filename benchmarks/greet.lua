-- wrk script for benchmarks/http-wrk.sh: the node's POST /api call, with the login cookie.
wrk.method = "POST"
wrk.body = '{"Greet":"bench"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("HYPERAPP_COOKIE")
