-- GET /api/jobs/{id} (the id is in the URL wrk is given).
dofile(os.getenv("BENCH_API_DIR") .. "/report.lua")
