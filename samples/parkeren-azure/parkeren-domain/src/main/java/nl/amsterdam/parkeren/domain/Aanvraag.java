package nl.amsterdam.parkeren.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** Een aanvraag met de bewijsstukken die de aanvrager uploadde. */
public record Aanvraag(
    @NotBlank String bsnHash,
    @Email String email,
    @NotBlank String kenteken,
    VergunningSoort soort,
    List<String> bewijsstukken) {
}
