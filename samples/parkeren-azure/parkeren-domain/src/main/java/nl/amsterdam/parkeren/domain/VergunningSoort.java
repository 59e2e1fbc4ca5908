package nl.amsterdam.parkeren.domain;

/** De soorten vergunningen die de gemeente uitgeeft. */
public enum VergunningSoort {
  BEWONER, BEDRIJF, MANTELZORG, DEELAUTO
}
