package nl.amsterdam.parkeren.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** Een parkeervergunning voor één kenteken in één vergunninggebied. */
public record Vergunning(
    @JsonProperty("id") String id,
    @NotBlank @Pattern(regexp = "[A-Z0-9-]{6,8}") String kenteken,
    @NotBlank String gebied,
    VergunningSoort soort,
    LocalDate geldigVanaf,
    LocalDate geldigTot) {

  public boolean isGeldigOp(LocalDate dag) {
    return !dag.isBefore(geldigVanaf) && !dag.isAfter(geldigTot);
  }
}
