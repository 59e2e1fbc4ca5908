from fastapi import FastAPI

from app.opslag import bewaar_foto

app = FastAPI(title="Afvalmeldingen")


@app.post("/meldingen/{melding_id}/foto")
async def foto(melding_id: str, inhoud: bytes) -> dict:
    return {"url": bewaar_foto(melding_id, inhoud)}
