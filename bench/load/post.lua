-- wrk script: POST one article file to /v1/audit, as a CMS would on save.
-- ARTICLE: path of the article; CONTENT_TYPE: its media type (default text/plain).
local path = os.getenv("ARTICLE")
local f = assert(io.open(path, "rb"), "cannot open ARTICLE " .. tostring(path))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = os.getenv("CONTENT_TYPE") or "text/plain; charset=utf-8"

