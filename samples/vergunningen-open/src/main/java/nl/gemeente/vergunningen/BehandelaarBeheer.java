package nl.gemeente.vergunningen;

import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.UserRepresentation;

/** Zoekt behandelaars op in de eigen Keycloak (realm {@code gemeente}). */
public class BehandelaarBeheer {

  private final Keycloak keycloak;

  public BehandelaarBeheer(String serverUrl, String clientId, String clientSecret) {
    this.keycloak = KeycloakBuilder.builder()
        .serverUrl(serverUrl)
        .realm("gemeente")
        .grantType("client_credentials")
        .clientId(clientId)
        .clientSecret(clientSecret)
        .build();
  }

  public List<String> behandelaars() {
    return keycloak.realm("gemeente").groups().group("vergunningen-behandelaars").members().stream()
        .map(UserRepresentation::getUsername)
        .toList();
  }
}
