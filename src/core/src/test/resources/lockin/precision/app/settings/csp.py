CSP_SCRIPT_SRC = ("'self'", "cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com")
API = "https://api.cloudflare.com/client/v4"
