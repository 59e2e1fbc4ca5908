package nl.amsterdam.parkeren.api;

import jakarta.validation.Valid;
import nl.amsterdam.parkeren.domain.Aanvraag;
import nl.amsterdam.parkeren.opslag.BewijsstukOpslag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Neemt aanvragen aan en bevestigt ze per e-mail via Microsoft Graph. */
@RestController
public class AanvraagController {

  private final BewijsstukOpslag opslag;
  private final BevestigingsMail mail;

  public AanvraagController(BewijsstukOpslag opslag, BevestigingsMail mail) {
    this.opslag = opslag;
    this.mail = mail;
  }

  @PostMapping("/api/v1/aanvragen")
  public ResponseEntity<String> dienIn(@Valid @RequestBody Aanvraag aanvraag) {
    String id = "PV-" + Math.abs(aanvraag.kenteken().hashCode());
    aanvraag.bewijsstukken().forEach(b -> opslag.bewaar(id, b, new byte[0]));
    mail.stuur(aanvraag.email(), id);
    return ResponseEntity.accepted().body(id);
  }
}
