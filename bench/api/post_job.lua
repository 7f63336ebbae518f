-- POST /api/jobs with a valid full-site submission of the site named by BENCH_SITE_URL
-- (which Caravan's caravan.fetch.allowed-hosts must allow).
dofile(os.getenv("BENCH_API_DIR") .. "/report.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"url":"%s","type":"full_site"}', os.getenv("BENCH_SITE_URL"))
