import maplibregl from "maplibre-gl";

// open tiles from PDOK: no lock-in
export const kaart = (el: HTMLElement) =>
  new maplibregl.Map({ container: el, style: "https://api.pdok.nl/kadaster/brt-achtergrondkaart/ogc/v1/styles/standaard__webmercatorquad" });
